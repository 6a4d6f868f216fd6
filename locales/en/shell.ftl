# Quote Explorer: the reading interface (filters, list, article view,
# overview, search), in en.

## The page around the statements

# The tool's name, in small capitals above the headline.
masthead-kicker = { app-name }
# A link for keyboard users, the first thing on the page: it jumps past the
# masthead and the filters to the statements.
skip-to-statements = Skip to the statements
# A heading only screen readers hear, over the part of the page that lists
# the statements.
results-heading = Statements
# Shown in place of the statements while the app draws the view a shared
# link asks for.
view-pending = Loading this view…
# On the page when the reader's browser runs no scripts: the list below is
# complete, but the filters do not work.
notice-no-script = Filtering needs JavaScript and WebAssembly. Every statement is listed below.
# On the page when the app could not start (an old browser, a file that did
# not load).
notice-app-failed = The explorer could not start here (it needs JavaScript modules and WebAssembly, and its files must load), so filtering is off. Every statement is listed below.
# A sentence after either notice, when the data names the original article.
# $link: a link to the article, its words from notice-original-article-link.
notice-original-article = { $link }.
# The words of the link in notice-original-article.
notice-original-article-link = Read the original article
# The browser tab's title for a filtered view. $filters: what the view
# shows ("Rex Tillerson · “chemical”"); $title: the page's title
# (page-title).
view-title = { $filters } — { $title }

## The two views and how the list looks

# Names the two links that switch between the list and the article (for
# screen readers).
view-switch-label = View
# The link to the list of statements, as cards.
view-tab-statements = Statements
# The link to the article's text with the statements highlighted in place.
view-tab-article = In the article
# Names the links that choose how the list shows each statement (for
# screen readers).
density-switch-label = How the list shows statements
# Before the two choices: whole cards, or one line each.
density-switch-heading = List:
density-full = Whole cards
density-compact = One line each

## Filters

# The filter panel's name, and its toggle button's words when no filter is
# active.
filters-heading = Filters
# The filter panel's toggle button with filters active. $count: how many.
filters-toggle-active = { $count ->
    [one] Filters ({ $count } active)
   *[other] Filters ({ $count } active)
}
# The button at the end of the open filter panel: closes it and shows the
# results. $count: how many statements the filters leave.
show-results = { $count ->
    [one] Show { $count } statement
   *[other] Show { $count } statements
}
# The search field's label.
search-label = Search statements
# The headings of the three groups of checkboxes.
facet-speaker = Speaker
facet-topic = Topic
facet-stance = Stance
# A checkbox's label. $label: a speaker's name, a topic or a stance;
# $count: how many statements would be shown with it ticked.
facet-option = { $label } ({ $count })
# The side's heading is a button that selects all its speakers; its words
# for screen readers. $side: the side's name ("U.S.", "Russia").
side-select-all-label = { $side }: select all
# The same button when all the side's speakers are selected: it clears them.
side-clear-all-label = { $side }: clear all
# Drawn beside a side's heading, saying what pressing it does.
side-select-all = Select all
side-clear-all = Clear all

## Active filters

# Names the list of active filters (for screen readers).
active-filters-label = Active filters
# The button that removes one active filter (for screen readers). $facet:
# the filter's group (facet-speaker, facet-topic or facet-stance); $value:
# the speaker, topic or stance.
remove-filter = Remove filter { $facet }: { $value }
# The button that removes the search (for screen readers). $query: the
# words the reader searched for.
remove-search = Remove filter search: { $query }
# The active search as a removable chip: the words searched for, quoted.
search-chip = “{ $query }”
# The button that removes every active filter.
clear-all = Clear all
# On paper, before the active filters.
filtered-by = Filtered by:

## How many statements are shown

# The count above the list when nothing hides a statement. $total: how
# many statements the article has.
result-count-all = { $total ->
    [one] { $total } statement
   *[other] { $total } statements
}
# The count above the list with filters. $shown: how many are shown;
# $total: how many the article has.
result-count-some = { $total ->
    [one] { $shown } of { $total } statement
   *[other] { $shown } of { $total } statements
}

## The stances shown

# Names the row of stance buttons above the cards (for screen readers).
summary-bar-label = Stances of the statements shown (each button filters)
# The same row in a view that cannot change (an embed without controls).
summary-bar-label-fixed = Stances of the statements shown
# Before the row of stances.
summary-label = Shown:
# A stance button. $stance: the stance ("Agreed"); $count: how many
# statements shown have it.
summary-pill = { $stance } · { $count }
# The dispute button: $disputes: how many disputes (a claim and the
# answer that contests it) the statements shown belong to.
summary-pill-disputes = { $disputes ->
    [one] Disputes · { $disputes }
   *[other] Disputes · { $disputes }
}
# The same when the disputes are not as many as the statements in them.
# $count: how many statements.
summary-pill-disputes-statements = { $count ->
    [one] Disputes · { $disputes } ({ $count } statement)
   *[other] Disputes · { $disputes } ({ $count } statements)
}
# Names the list that says what each stance word means (for screen readers).
stance-legend-label = What the stance words mean
# One line of that list. $words: the stance's words, in bold; $meaning:
# what they mean.
legend-entry = { $words }: { $meaning }

## At a glance

# The heading of the overview above the cards.
overview-heading = At a glance
# Over the list of exchanges: who answers whom.
exchanges-heading = Who answers whom
# The button that lists every exchange. $count: how many there are.
show-all-exchanges = { $count ->
    [one] Show all { $count } exchanges
   *[other] Show all { $count } exchanges
}
# An exchange, as a link to it. $who: who answers; $whom: whose statement
# they answer; $relation: how ("disputes" or "confirms"; keep those two
# keys as they are).
exchange-row = { $relation ->
    [confirms] { $who } confirms { $whom }
   *[disputes] { $who } disputes { $whom }
}
# Between the topics of an exchange ("Syria, Ukraine").
exchange-topics-separator = { ", " }
# The heading of the table of statements by speaker and topic.
speaker-topics-heading = Statements by speaker and topic
# The same heading when filters hide some statements.
speaker-topics-heading-filtered = Statements shown, by speaker and topic
# A cell of that table where the speaker said nothing on the topic (for
# screen readers).
speaker-topics-none = none

## The list

# On the page before the app starts, under its first cards. $shown: how
# many cards are there; $total: how many statements the article has.
first-cards-notice = { $total ->
    [one] The first { $shown } of { $total } statement; the explorer lists them all once it starts.
   *[other] The first { $shown } of { $total } statements; the explorer lists them all once it starts.
}
# In an embed that shows its first cards: the button that shows the rest.
# $count: how many statements in all.
show-all-cards = { $count ->
    [one] Show all { $count }
   *[other] Show all { $count }
}
# Under a long list. $count: how many more cards the button shows; $rest:
# how many are not shown yet.
show-more-cards = { $count ->
    [one] Show { $count } more ({ $rest } not shown)
   *[other] Show { $count } more ({ $rest } not shown)
}
# With a search: how the cards are ordered, then a button for the other
# order (sort-to-article).
sort-ranked = Sorted by best match
sort-to-article = Article order
# The same once the reader chose the article's order; the button goes back
# (sort-to-ranked).
sort-article = In article order
sort-to-ranked = Best match first
# When no statement is shown.
no-match-title = No statements match these filters.
# After a search that found nothing: the speaker or topic the reader
# probably meant. $suggestion: its name, a button that filters by it.
did-you-mean = Did you mean { $suggestion }?
# The button that removes every filter when none leaves a statement.
clear-all-filters = Clear all filters

## The article view

# A highlighted quote's tooltip. $speaker: who said it; $stance: its
# stance ("Agreed").
highlight-title = { $speaker } · { $stance }
# Names the list of paraphrases under a paragraph (for screen readers).
paraphrases-label = Paraphrased statements in this paragraph
# A paraphrase under its paragraph. $speaker: who, in bold; $text: what
# the article reports.
paraphrase-ref = { $speaker }: { $text }
# Names the search's Previous and Next (for screen readers).
match-nav-label = Search words in the article
# With a search: none of its words is in the article.
match-none = No match in the article’s text
# With a search: the match the reader is at. $current: its number;
# $count: how many matches.
match-status = { $count ->
    [one] Match { $current } of { $count }
   *[other] Match { $current } of { $count }
}
# With a search, before the reader steps to a match. $count: how many.
match-count = { $count ->
    [one] { $count } match in the text
   *[other] { $count } matches in the text
}
# What a screen reader hears on stepping to a match: match-status, then
# the words around it ($excerpt).
match-announcement = { $count ->
    [one] Match { $current } of { $count }: { $excerpt }
   *[other] Match { $current } of { $count }: { $excerpt }
}
# The buttons that step to the previous and the next match: their words on
# screen (after an arrow), and their names for screen readers.
match-previous = Previous
match-next = Next
match-previous-label = Previous match
match-next-label = Next match
