# Quote Explorer: the reading interface (filters, list, article view,
# overview, search), in de.

## The page around the statements

# The tool's name, in small capitals above the headline.
masthead-kicker = { app-name }
# A link for keyboard users, the first thing on the page: it jumps past the
# masthead and the filters to the statements.
skip-to-statements = Zu den Aussagen springen
# A heading only screen readers hear, over the part of the page that lists
# the statements.
results-heading = Aussagen
# Shown in place of the statements while the app draws the view a shared
# link asks for.
view-pending = Diese Ansicht wird geladen …
# On the page when the reader's browser runs no scripts: the list below is
# complete, but the filters do not work.
notice-no-script = Zum Filtern sind JavaScript und WebAssembly nötig. Alle Aussagen stehen unten.
# On the page when the app could not start (an old browser, a file that did
# not load).
notice-app-failed = Der Explorer konnte hier nicht starten (er braucht JavaScript-Module und WebAssembly, und seine Dateien müssen laden), daher lässt sich nicht filtern. Alle Aussagen stehen unten.
# A sentence after either notice, when the data names the original article.
# $link: a link to the article, its words from notice-original-article-link.
notice-original-article = { $link }.
# The words of the link in notice-original-article.
notice-original-article-link = Zum Originalartikel
# The browser tab's title for a filtered view. $filters: what the view
# shows ("Rex Tillerson · “chemical”"); $title: the page's title
# (page-title).
view-title = { $filters } — { $title }

## The two views and how the list looks

# Names the two links that switch between the list and the article (for
# screen readers).
view-switch-label = Ansicht
# The link to the list of statements, as cards.
view-tab-statements = Aussagen
# The link to the article's text with the statements highlighted in place.
view-tab-article = Im Artikel
# Names the links that choose how the list shows each statement (for
# screen readers).
density-switch-label = Wie die Liste die Aussagen zeigt
# Before the two choices: whole cards, or one line each.
density-switch-heading = Liste:
density-full = Ganze Karten
density-compact = Je eine Zeile

## Filters

# The filter panel's name, and its toggle button's words when no filter is
# active.
filters-heading = Filter
# The filter panel's toggle button with filters active. $count: how many.
filters-toggle-active = { $count ->
    [one] Filter ({ $count } aktiv)
   *[other] Filter ({ $count } aktiv)
}
# The button at the end of the open filter panel: closes it and shows the
# results. $count: how many statements the filters leave.
show-results = { $count ->
    [one] { $count } Aussage zeigen
   *[other] { $count } Aussagen zeigen
}
# The search field's label.
search-label = Aussagen durchsuchen
# The headings of the three groups of checkboxes.
facet-speaker = Person
facet-topic = Thema
facet-stance = Haltung
# A checkbox's label. $label: a speaker's name, a topic or a stance;
# $count: how many statements would be shown with it ticked.
facet-option = { $label } ({ $count })
# The side's heading is a button that selects all its speakers; its words
# for screen readers. $side: the side's name ("U.S.", "Russia").
side-select-all-label = { $side }: alle auswählen
# The same button when all the side's speakers are selected: it clears them.
side-clear-all-label = { $side }: Auswahl aufheben
# Drawn beside a side's heading, saying what pressing it does.
side-select-all = Alle auswählen
side-clear-all = Auswahl aufheben

## Active filters

# Names the list of active filters (for screen readers).
active-filters-label = Aktive Filter
# The button that removes one active filter (for screen readers). $facet:
# the filter's group (facet-speaker, facet-topic or facet-stance); $value:
# the speaker, topic or stance.
remove-filter = Filter { $facet }: { $value } entfernen
# The button that removes the search (for screen readers). $query: the
# words the reader searched for.
remove-search = Suche entfernen: { $query }
# The active search as a removable chip: the words searched for, quoted.
search-chip = „{ $query }“
# The button that removes every active filter.
clear-all = Alle entfernen
# On paper, before the active filters.
filtered-by = Gefiltert nach:

## How many statements are shown

# The count above the list when nothing hides a statement. $total: how
# many statements the article has.
result-count-all = { $total ->
    [one] { $total } Aussage
   *[other] { $total } Aussagen
}
# The count above the list with filters. $shown: how many are shown;
# $total: how many the article has.
result-count-some = { $total ->
    [one] { $shown } von { $total } Aussage
   *[other] { $shown } von { $total } Aussagen
}

## The stances shown

# Names the row of stance buttons above the cards (for screen readers).
summary-bar-label = Haltungen der gezeigten Aussagen (jede Schaltfläche filtert)
# The same row in a view that cannot change (an embed without controls).
summary-bar-label-fixed = Haltungen der gezeigten Aussagen
# Before the row of stances.
summary-label = Gezeigt:
# A stance button. $stance: the stance ("Agreed"); $count: how many
# statements shown have it.
summary-pill = { $stance } · { $count }
# The dispute button: $disputes: how many disputes (a claim and the
# answer that contests it) the statements shown belong to.
summary-pill-disputes = { $disputes ->
    [one] Streitfälle · { $disputes }
   *[other] Streitfälle · { $disputes }
}
# The same when the disputes are not as many as the statements in them.
# $count: how many statements.
summary-pill-disputes-statements = { $count ->
    [one] Streitfälle · { $disputes } ({ $count } Aussage)
   *[other] Streitfälle · { $disputes } ({ $count } Aussagen)
}
# Names the list that says what each stance word means (for screen readers).
stance-legend-label = Was die Haltungen bedeuten
# One line of that list. $words: the stance's words, in bold; $meaning:
# what they mean.
legend-entry = { $words }: { $meaning }

## At a glance

# The heading of the overview above the cards.
overview-heading = Auf einen Blick
# Over the list of exchanges: who answers whom.
exchanges-heading = Wer wem antwortet
# The button that lists every exchange. $count: how many there are.
show-all-exchanges = { $count ->
    [one] { $count } Wortwechsel zeigen
   *[other] Alle { $count } Wortwechsel zeigen
}
# An exchange, as a link to it. $who: who answers; $whom: whose statement
# they answer; $relation: how ("disputes" or "confirms"; keep those two
# keys as they are).
exchange-row = { $relation ->
    [confirms] { $who } bestätigt { $whom }
   *[disputes] { $who } widerspricht { $whom }
}
# Between the topics of an exchange ("Syria, Ukraine").
exchange-topics-separator = { ", " }
# The heading of the table of statements by speaker and topic.
speaker-topics-heading = Aussagen nach Person und Thema
# The same heading when filters hide some statements.
speaker-topics-heading-filtered = Gezeigte Aussagen nach Person und Thema
# A cell of that table where the speaker said nothing on the topic (for
# screen readers).
speaker-topics-none = keine

## The list

# On the page before the app starts, under its first cards. $shown: how
# many cards are there; $total: how many statements the article has.
first-cards-notice = { $total ->
    [one] Die ersten { $shown } von { $total } Aussage; der Explorer listet alle auf, sobald er gestartet ist.
   *[other] Die ersten { $shown } von { $total } Aussagen; der Explorer listet alle auf, sobald er gestartet ist.
}
# In an embed that shows its first cards: the button that shows the rest.
# $count: how many statements in all.
show-all-cards = { $count ->
    [one] { $count } zeigen
   *[other] Alle { $count } zeigen
}
# Under a long list. $count: how many more cards the button shows; $rest:
# how many are not shown yet.
show-more-cards = { $count ->
    [one] { $count } weitere zeigen ({ $rest } nicht gezeigt)
   *[other] { $count } weitere zeigen ({ $rest } nicht gezeigt)
}
# With a search: how the cards are ordered, then a button for the other
# order (sort-to-article).
sort-ranked = Nach Relevanz sortiert
sort-to-article = Reihenfolge im Artikel
# The same once the reader chose the article's order; the button goes back
# (sort-to-ranked).
sort-article = In der Reihenfolge des Artikels
sort-to-ranked = Relevanteste zuerst
# When no statement is shown.
no-match-title = Keine Aussage passt zu diesen Filtern.
# After a search that found nothing: the speaker or topic the reader
# probably meant. $suggestion: its name, a button that filters by it.
did-you-mean = Meinten Sie { $suggestion }?
# The button that removes every filter when none leaves a statement.
clear-all-filters = Alle Filter entfernen

## The article view

# A highlighted quote's tooltip. $speaker: who said it; $stance: its
# stance ("Agreed").
highlight-title = { $speaker } · { $stance }
# Names the list of paraphrases under a paragraph (for screen readers).
paraphrases-label = Sinngemäß wiedergegebene Aussagen in diesem Absatz
# A paraphrase under its paragraph. $speaker: who, in bold; $text: what
# the article reports.
paraphrase-ref = { $speaker }: { $text }
# Names the search's Previous and Next (for screen readers).
match-nav-label = Suchwörter im Artikel
# With a search: none of its words is in the article.
match-none = Kein Treffer im Text des Artikels
# With a search: the match the reader is at. $current: its number;
# $count: how many matches.
match-status = { $count ->
    [one] Treffer { $current } von { $count }
   *[other] Treffer { $current } von { $count }
}
# With a search, before the reader steps to a match. $count: how many.
match-count = { $count ->
    [one] { $count } Treffer im Text
   *[other] { $count } Treffer im Text
}
# What a screen reader hears on stepping to a match: match-status, then
# the words around it ($excerpt).
match-announcement = { $count ->
    [one] Treffer { $current } von { $count }: { $excerpt }
   *[other] Treffer { $current } von { $count }: { $excerpt }
}
# The buttons that step to the previous and the next match: their words on
# screen (after an arrow), and their names for screen readers.
match-previous = Zurück
match-next = Weiter
match-previous-label = Vorheriger Treffer
match-next-label = Nächster Treffer
