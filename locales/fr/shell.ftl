# Quote Explorer: the reading interface (filters, list, article view,
# overview, search), in fr.

## The page around the statements

# The tool's name, in small capitals above the headline.
masthead-kicker = { app-name }
# A link for keyboard users, the first thing on the page: it jumps past the
# masthead and the filters to the statements.
skip-to-statements = Aller aux déclarations
# A heading only screen readers hear, over the part of the page that lists
# the statements.
results-heading = Déclarations
# Shown in place of the statements while the app draws the view a shared
# link asks for.
view-pending = Chargement de cette vue…
# On the page when the reader's browser runs no scripts: the list below is
# complete, but the filters do not work.
notice-no-script = Le filtrage nécessite JavaScript et WebAssembly. Toutes les déclarations figurent ci-dessous.
# On the page when the app could not start (an old browser, a file that did
# not load).
notice-app-failed = L’explorateur n’a pas pu démarrer ici (il lui faut les modules JavaScript et WebAssembly, et ses fichiers doivent se charger) : le filtrage est désactivé. Toutes les déclarations figurent ci-dessous.
# A sentence after either notice, when the data names the original article.
# $link: a link to the article, its words from notice-original-article-link.
notice-original-article = { $link }.
# The words of the link in notice-original-article.
notice-original-article-link = Lire l’article original
# The browser tab's title for a filtered view. $filters: what the view
# shows ("Rex Tillerson · “chemical”"); $title: the page's title
# (page-title).
view-title = { $filters } — { $title }

## The two views and how the list looks

# Names the two links that switch between the list and the article (for
# screen readers).
view-switch-label = Affichage
# The link to the list of statements, as cards.
view-tab-statements = Déclarations
# The link to the article's text with the statements highlighted in place.
view-tab-article = Dans l’article
# Names the links that choose how the list shows each statement (for
# screen readers).
density-switch-label = Présentation des déclarations dans la liste
# Before the two choices: whole cards, or one line each.
density-switch-heading = Liste :
density-full = Fiches complètes
density-compact = Une ligne chacune

## Filters

# The filter panel's name, and its toggle button's words when no filter is
# active.
filters-heading = Filtres
# The filter panel's toggle button with filters active. $count: how many.
filters-toggle-active = { $count ->
    [one] Filtres ({ $count } actif)
   *[other] Filtres ({ $count } actifs)
}
# The button at the end of the open filter panel: closes it and shows the
# results. $count: how many statements the filters leave.
show-results = { $count ->
    [one] Afficher { $count } déclaration
   *[other] Afficher { $count } déclarations
}
# The search field's label.
search-label = Rechercher dans les déclarations
# The headings of the three groups of checkboxes.
facet-speaker = Intervenant
facet-topic = Thème
facet-stance = Position
# A checkbox's label. $label: a speaker's name, a topic or a stance;
# $count: how many statements would be shown with it ticked.
facet-option = { $label } ({ $count })
# The side's heading is a button that selects all its speakers; its words
# for screen readers. $side: the side's name ("U.S.", "Russia").
side-select-all-label = { $side } : tout sélectionner
# The same button when all the side's speakers are selected: it clears them.
side-clear-all-label = { $side } : tout désélectionner
# Drawn beside a side's heading, saying what pressing it does.
side-select-all = Tout sélectionner
side-clear-all = Tout désélectionner

## Active filters

# Names the list of active filters (for screen readers).
active-filters-label = Filtres actifs
# The button that removes one active filter (for screen readers). $facet:
# the filter's group (facet-speaker, facet-topic or facet-stance); $value:
# the speaker, topic or stance.
remove-filter = Retirer le filtre { $facet } : { $value }
# The button that removes the search (for screen readers). $query: the
# words the reader searched for.
remove-search = Retirer la recherche : { $query }
# The active search as a removable chip: the words searched for, quoted.
search-chip = « { $query } »
# The button that removes every active filter.
clear-all = Tout effacer
# On paper, before the active filters.
filtered-by = Filtré par :

## How many statements are shown

# The count above the list when nothing hides a statement. $total: how
# many statements the article has.
result-count-all = { $total ->
    [one] { $total } déclaration
   *[other] { $total } déclarations
}
# The count above the list with filters. $shown: how many are shown;
# $total: how many the article has.
result-count-some = { $total ->
    [one] { $shown } sur { $total } déclaration
   *[other] { $shown } sur { $total } déclarations
}

## The stances shown

# Names the row of stance buttons above the cards (for screen readers).
summary-bar-label = Positions des déclarations affichées (chaque bouton filtre)
# The same row in a view that cannot change (an embed without controls).
summary-bar-label-fixed = Positions des déclarations affichées
# Before the row of stances.
summary-label = Affichées :
# A stance button. $stance: the stance ("Agreed"); $count: how many
# statements shown have it.
summary-pill = { $stance } · { $count }
# The dispute button: $disputes: how many disputes (a claim and the
# answer that contests it) the statements shown belong to.
summary-pill-disputes = { $disputes ->
    [one] Contestations · { $disputes }
   *[other] Contestations · { $disputes }
}
# The same when the disputes are not as many as the statements in them.
# $count: how many statements.
summary-pill-disputes-statements = { $count ->
    [one] Contestations · { $disputes } ({ $count } déclaration)
   *[other] Contestations · { $disputes } ({ $count } déclarations)
}
# Names the list that says what each stance word means (for screen readers).
stance-legend-label = Ce que signifie chaque position
# One line of that list. $words: the stance's words, in bold; $meaning:
# what they mean.
legend-entry = { $words } : { $meaning }

## At a glance

# The heading of the overview above the cards.
overview-heading = En bref
# Over the list of exchanges: who answers whom.
exchanges-heading = Qui répond à qui
# The button that lists every exchange. $count: how many there are.
show-all-exchanges = { $count ->
    [one] Afficher { $count } échange
   *[other] Afficher les { $count } échanges
}
# An exchange, as a link to it. $who: who answers; $whom: whose statement
# they answer; $relation: how ("disputes" or "confirms"; keep those two
# keys as they are).
exchange-row = { $relation ->
    [confirms] { $who } confirme les propos de { $whom }
   *[disputes] { $who } conteste les propos de { $whom }
}
# Between the topics of an exchange ("Syria, Ukraine").
exchange-topics-separator = { ", " }
# The heading of the table of statements by speaker and topic.
speaker-topics-heading = Déclarations par intervenant et par thème
# The same heading when filters hide some statements.
speaker-topics-heading-filtered = Déclarations affichées, par intervenant et par thème
# A cell of that table where the speaker said nothing on the topic (for
# screen readers).
speaker-topics-none = aucune

## The list

# On the page before the app starts, under its first cards. $shown: how
# many cards are there; $total: how many statements the article has.
first-cards-notice = { $total ->
    [one] Les { $shown } premières déclarations sur { $total } ; l’explorateur les affichera toutes dès son démarrage.
   *[other] Les { $shown } premières déclarations sur { $total } ; l’explorateur les affichera toutes dès son démarrage.
}
# In an embed that shows its first cards: the button that shows the rest.
# $count: how many statements in all.
show-all-cards = { $count ->
    [one] Afficher { $count }
   *[other] Afficher les { $count }
}
# Under a long list. $count: how many more cards the button shows; $rest:
# how many are not shown yet.
show-more-cards = Afficher { $count } de plus ({ $rest ->
    [one] { $rest } non affichée
   *[other] { $rest } non affichées
})
# With a search: how the cards are ordered, then a button for the other
# order (sort-to-article).
sort-ranked = Triées par pertinence
sort-to-article = Ordre de l’article
# The same once the reader chose the article's order; the button goes back
# (sort-to-ranked).
sort-article = Dans l’ordre de l’article
sort-to-ranked = Les plus pertinentes d’abord
# When no statement is shown.
no-match-title = Aucune déclaration ne correspond à ces filtres.
# After a search that found nothing: the speaker or topic the reader
# probably meant. $suggestion: its name, a button that filters by it.
did-you-mean = Vouliez-vous dire { $suggestion } ?
# The button that removes every filter when none leaves a statement.
clear-all-filters = Effacer tous les filtres

## The article view

# A highlighted quote's tooltip. $speaker: who said it; $stance: its
# stance ("Agreed").
highlight-title = { $speaker } · { $stance }
# Names the list of paraphrases under a paragraph (for screen readers).
paraphrases-label = Déclarations paraphrasées dans ce paragraphe
# A paraphrase under its paragraph. $speaker: who, in bold; $text: what
# the article reports.
paraphrase-ref = { $speaker } : { $text }
# Names the search's Previous and Next (for screen readers).
match-nav-label = Mots recherchés dans l’article
# With a search: none of its words is in the article.
match-none = Aucune occurrence dans le texte de l’article
# With a search: the match the reader is at. $current: its number;
# $count: how many matches.
match-status = { $count ->
    [one] Occurrence { $current } sur { $count }
   *[other] Occurrence { $current } sur { $count }
}
# With a search, before the reader steps to a match. $count: how many.
match-count = { $count ->
    [one] { $count } occurrence dans le texte
   *[other] { $count } occurrences dans le texte
}
# What a screen reader hears on stepping to a match: match-status, then
# the words around it ($excerpt).
match-announcement = { $count ->
    [one] Occurrence { $current } sur { $count } : { $excerpt }
   *[other] Occurrence { $current } sur { $count } : { $excerpt }
}
# The buttons that step to the previous and the next match: their words on
# screen (after an arrow), and their names for screen readers.
match-previous = Précédente
match-next = Suivante
match-previous-label = Occurrence précédente
match-next-label = Occurrence suivante
