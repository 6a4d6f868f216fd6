# Quote Explorer: the reading interface (filters, list, article view,
# overview, search), in es.

## The page around the statements

# The tool's name, in small capitals above the headline.
masthead-kicker = { app-name }
# A link for keyboard users, the first thing on the page: it jumps past the
# masthead and the filters to the statements.
skip-to-statements = Saltar a las declaraciones
# A heading only screen readers hear, over the part of the page that lists
# the statements.
results-heading = Declaraciones
# Shown in place of the statements while the app draws the view a shared
# link asks for.
view-pending = Cargando esta vista…
# On the page when the reader's browser runs no scripts: the list below is
# complete, but the filters do not work.
notice-no-script = Para filtrar hacen falta JavaScript y WebAssembly. Todas las declaraciones figuran a continuación.
# On the page when the app could not start (an old browser, a file that did
# not load).
notice-app-failed = El explorador no ha podido arrancar aquí (necesita módulos de JavaScript y WebAssembly, y que sus archivos se carguen), así que no se puede filtrar. Todas las declaraciones figuran a continuación.
# A sentence after either notice, when the data names the original article.
# $link: a link to the article, its words from notice-original-article-link.
notice-original-article = { $link }.
# The words of the link in notice-original-article.
notice-original-article-link = Leer el artículo original
# The browser tab's title for a filtered view. $filters: what the view
# shows ("Rex Tillerson · “chemical”"); $title: the page's title
# (page-title).
view-title = { $filters } — { $title }

## The two views and how the list looks

# Names the two links that switch between the list and the article (for
# screen readers).
view-switch-label = Vista
# The link to the list of statements, as cards.
view-tab-statements = Declaraciones
# The link to the article's text with the statements highlighted in place.
view-tab-article = En el artículo
# Names the links that choose how the list shows each statement (for
# screen readers).
density-switch-label = Cómo muestra la lista las declaraciones
# Before the two choices: whole cards, or one line each.
density-switch-heading = Lista:
density-full = Fichas completas
density-compact = Una línea cada una

## Filters

# The filter panel's name, and its toggle button's words when no filter is
# active.
filters-heading = Filtros
# The filter panel's toggle button with filters active. $count: how many.
filters-toggle-active = { $count ->
    [one] Filtros ({ $count } activo)
   *[other] Filtros ({ $count } activos)
}
# The button at the end of the open filter panel: closes it and shows the
# results. $count: how many statements the filters leave.
show-results = { $count ->
    [one] Ver { $count } declaración
   *[other] Ver { $count } declaraciones
}
# The search field's label.
search-label = Buscar declaraciones
# The headings of the three groups of checkboxes.
facet-speaker = Quién habla
facet-topic = Tema
facet-stance = Postura
# A checkbox's label. $label: a speaker's name, a topic or a stance;
# $count: how many statements would be shown with it ticked.
facet-option = { $label } ({ $count })
# The side's heading is a button that selects all its speakers; its words
# for screen readers. $side: the side's name ("U.S.", "Russia").
side-select-all-label = { $side }: seleccionar a todos
# The same button when all the side's speakers are selected: it clears them.
side-clear-all-label = { $side }: quitar a todos
# Drawn beside a side's heading, saying what pressing it does.
side-select-all = Seleccionar todos
side-clear-all = Quitar todos

## Active filters

# Names the list of active filters (for screen readers).
active-filters-label = Filtros activos
# The button that removes one active filter (for screen readers). $facet:
# the filter's group (facet-speaker, facet-topic or facet-stance); $value:
# the speaker, topic or stance.
remove-filter = Quitar el filtro { $facet }: { $value }
# The button that removes the search (for screen readers). $query: the
# words the reader searched for.
remove-search = Quitar la búsqueda: { $query }
# The active search as a removable chip: the words searched for, quoted.
search-chip = «{ $query }»
# The button that removes every active filter.
clear-all = Quitar todos
# On paper, before the active filters.
filtered-by = Filtrado por:

## How many statements are shown

# The count above the list when nothing hides a statement. $total: how
# many statements the article has.
result-count-all = { $total ->
    [one] { $total } declaración
   *[other] { $total } declaraciones
}
# The count above the list with filters. $shown: how many are shown;
# $total: how many the article has.
result-count-some = { $total ->
    [one] { $shown } de { $total } declaración
   *[other] { $shown } de { $total } declaraciones
}

## The stances shown

# Names the row of stance buttons above the cards (for screen readers).
summary-bar-label = Posturas de las declaraciones mostradas (cada botón filtra)
# The same row in a view that cannot change (an embed without controls).
summary-bar-label-fixed = Posturas de las declaraciones mostradas
# Before the row of stances.
summary-label = Mostradas:
# A stance button. $stance: the stance ("Agreed"); $count: how many
# statements shown have it.
summary-pill = { $stance } · { $count }
# The dispute button: $disputes: how many disputes (a claim and the
# answer that contests it) the statements shown belong to.
summary-pill-disputes = { $disputes ->
    [one] Controversias · { $disputes }
   *[other] Controversias · { $disputes }
}
# The same when the disputes are not as many as the statements in them.
# $count: how many statements.
summary-pill-disputes-statements = { $count ->
    [one] Controversias · { $disputes } ({ $count } declaración)
   *[other] Controversias · { $disputes } ({ $count } declaraciones)
}
# Names the list that says what each stance word means (for screen readers).
stance-legend-label = Qué significa cada postura
# One line of that list. $words: the stance's words, in bold; $meaning:
# what they mean.
legend-entry = { $words }: { $meaning }

## At a glance

# The heading of the overview above the cards.
overview-heading = De un vistazo
# Over the list of exchanges: who answers whom.
exchanges-heading = Quién responde a quién
# The button that lists every exchange. $count: how many there are.
show-all-exchanges = { $count ->
    [one] Ver { $count } intercambio
   *[other] Ver los { $count } intercambios
}
# An exchange, as a link to it. $who: who answers; $whom: whose statement
# they answer; $relation: how ("disputes" or "confirms"; keep those two
# keys as they are).
exchange-row = { $relation ->
    [confirms] { $who } confirma lo dicho por { $whom }
   *[disputes] { $who } cuestiona a { $whom }
}
# Between the topics of an exchange ("Syria, Ukraine").
exchange-topics-separator = { ", " }
# The heading of the table of statements by speaker and topic.
speaker-topics-heading = Declaraciones por persona y tema
# The same heading when filters hide some statements.
speaker-topics-heading-filtered = Declaraciones mostradas, por persona y tema
# A cell of that table where the speaker said nothing on the topic (for
# screen readers).
speaker-topics-none = ninguna

## The list

# On the page before the app starts, under its first cards. $shown: how
# many cards are there; $total: how many statements the article has.
first-cards-notice = { $total ->
    [one] Las primeras { $shown } de { $total } declaración; el explorador las muestra todas en cuanto arranca.
   *[other] Las primeras { $shown } de { $total } declaraciones; el explorador las muestra todas en cuanto arranca.
}
# In an embed that shows its first cards: the button that shows the rest.
# $count: how many statements in all.
show-all-cards = { $count ->
    [one] Mostrar { $count }
   *[other] Mostrar las { $count }
}
# Under a long list. $count: how many more cards the button shows; $rest:
# how many are not shown yet.
show-more-cards = { $count ->
    [one] Mostrar { $count } más ({ $rest } sin mostrar)
   *[other] Mostrar { $count } más ({ $rest } sin mostrar)
}
# With a search: how the cards are ordered, then a button for the other
# order (sort-to-article).
sort-ranked = Ordenadas por relevancia
sort-to-article = Orden del artículo
# The same once the reader chose the article's order; the button goes back
# (sort-to-ranked).
sort-article = En el orden del artículo
sort-to-ranked = Más relevantes primero
# When no statement is shown.
no-match-title = Ninguna declaración coincide con estos filtros.
# After a search that found nothing: the speaker or topic the reader
# probably meant. $suggestion: its name, a button that filters by it.
did-you-mean = ¿Quería decir { $suggestion }?
# The button that removes every filter when none leaves a statement.
clear-all-filters = Quitar todos los filtros

## The article view

# A highlighted quote's tooltip. $speaker: who said it; $stance: its
# stance ("Agreed").
highlight-title = { $speaker } · { $stance }
# Names the list of paraphrases under a paragraph (for screen readers).
paraphrases-label = Declaraciones parafraseadas en este párrafo
# A paraphrase under its paragraph. $speaker: who, in bold; $text: what
# the article reports.
paraphrase-ref = { $speaker }: { $text }
# Names the search's Previous and Next (for screen readers).
match-nav-label = Palabras buscadas en el artículo
# With a search: none of its words is in the article.
match-none = Ninguna coincidencia en el texto del artículo
# With a search: the match the reader is at. $current: its number;
# $count: how many matches.
match-status = { $count ->
    [one] Coincidencia { $current } de { $count }
   *[other] Coincidencia { $current } de { $count }
}
# With a search, before the reader steps to a match. $count: how many.
match-count = { $count ->
    [one] { $count } coincidencia en el texto
   *[other] { $count } coincidencias en el texto
}
# What a screen reader hears on stepping to a match: match-status, then
# the words around it ($excerpt).
match-announcement = { $count ->
    [one] Coincidencia { $current } de { $count }: { $excerpt }
   *[other] Coincidencia { $current } de { $count }: { $excerpt }
}
# The buttons that step to the previous and the next match: their words on
# screen (after an arrow), and their names for screen readers.
match-previous = Anterior
match-next = Siguiente
match-previous-label = Coincidencia anterior
match-next-label = Coincidencia siguiente
