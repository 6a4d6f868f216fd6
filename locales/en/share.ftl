# Quote Explorer: sharing and embedding (the share bar, the embed dialog
# and footer, the credit line), the notices about a link's address and
# the notes that explain an empty result, in en.

## The share bar

# A button: copies the address of the view the reader is on.
share-copy-link = Copy link
# Shown beside the button once the address is on the clipboard.
share-link-copied = Link copied
# Labels the address, shown selected when the browser refused to copy it.
share-copy-this-link = Copy this link:

## The embed dialog

# A button that opens the dialog with code for putting this view in
# another page (a news story).
embed-button = Embed
embed-dialog-title = Embed this view
embed-close = Close
embed-explanation = Paste this code into your story. The frame shows the current filters and sets its own height; paste as many as you like.
# A heading above the live previews of the embed.
embed-preview-heading = Preview
# $width: the preview's width in CSS pixels (320, 640). A caption.
embed-preview-width = { $width } px wide
# $width: as in embed-preview-width. The preview frame's title, read by
# screen readers.
embed-preview-title = Preview of the embed, { $width } px wide
# A group of two choices (embed-host-light, embed-host-dark): the colour
# of the story page the previews sit on.
embed-preview-on = Preview on
embed-host-light = a light page
embed-host-dark = a dark page
# The label above each box of code to copy.
embed-code-iframe = Iframe with resize script
embed-code-sandboxed = Sandboxed iframe (for pages that require sandbox)
embed-code-pym = For pages that use pym.js
# A button under each box of code.
embed-copy-code = Copy code
# Beside that button once the code is on the clipboard.
embed-code-copied = Copied
# When the browser refused to copy: the code is selected instead.
embed-code-selected = Selected: press Ctrl+C (⌘C) to copy
# The embed's look: the theme, with three choices.
embed-theme = Theme
embed-theme-light = Light
embed-theme-dark = Dark
# The third theme: light or dark as the reader's device is set.
embed-theme-auto = Match the reader's setting
# A checkbox: the embed shows the story page behind it.
embed-transparent = Transparent background
# How many statement cards the embed shows before a "Show all" button:
# numbers (3, 5, 10) or this.
embed-cards-first = Cards shown first
embed-cards-all = All
# A checkbox: the embed shows the filters (speakers, topics, stances).
embed-show-filters = Show the filter panel
# $headline: the story's headline. The embedded frame's title, read by
# screen readers on the page the code is pasted into.
embed-frame-title = { app-name }: { $headline }

## How readable the embed's look is (contrast of its text)

# $ratio: the lowest contrast of the embed's text (such as 5.8, read as
# "5.8 to 1"). The embed brings its own background colour.
embed-contrast-own-background = ✓ Its own background: readable on any page (text contrast { $ratio }:1 or more).
# $page: "light" or "dark", the colour of the story page. $ratio: as above.
embed-contrast-fine = ✓ On { $page ->
    [light] a light page
   *[dark] a dark page
}: readable (text contrast { $ratio }:1 or more).
# A warning: with a transparent background, the embed's text is hard to
# read on this page. $text: "dark" or "light", the colour of its text.
# $page: "light" or "dark", the page's. $ratio: the contrast found;
# $minimum: the least that is readable (4.5). The themes are the choices
# embed-theme-light and embed-theme-dark.
embed-contrast-warning = { $text ->
    [dark] Dark text
   *[light] Light text
} on { $page ->
    [light] a light page
   *[dark] a dark page
} ({ $ratio }:1, below { $minimum }:1): choose { $page ->
    [light] the Light theme
   *[dark] the Dark theme
} or a solid background.
# The same warning for the theme that follows the reader's device: those
# readers whose device is set to $mode ("light" or "dark") get $text.
embed-contrast-warning-auto = Readers whose device is set to { $mode ->
    [light] light
   *[dark] dark
} mode get { $text ->
    [dark] dark text
   *[light] light text
} on { $page ->
    [light] a light page
   *[dark] a dark page
} ({ $ratio }:1, below { $minimum }:1): choose { $page ->
    [light] the Light theme
   *[dark] the Dark theme
} or a solid background, unless your page switches with the reader's setting too.

## The embed's footer

# The link out of an embed to the whole page, opening in a new tab: the
# arrow points out of the page, up and toward the end of the line.
embed-full-explorer = Open the full explorer ↗

## The credit line

# $byline: the article's author or authors, as the data gives them.
# Under the headline, with the publisher and the date.
credit-by = By { $byline }
# A link to the article the statements come from, opening in a new tab:
# the arrow points out of the page, up and toward the end of the line.
credit-original-article = Original article ↗
# $headline: the article's headline, in quotation marks (a link in the
# credit).
credit-headline = “{ $headline }”
# The credit in the page's footer. $headline: credit-headline. The other
# parts are there only when the data gives them: $publisher (a newspaper's
# name), $byline (the authors), $published (a date in words, "2 April
# 2017"). $parts names which of the three there are.
credit-footer = { $parts ->
    [publisher-byline-published] Statements from { $headline }, { $publisher }, by { $byline }, published { $published }.
    [publisher-byline] Statements from { $headline }, { $publisher }, by { $byline }.
    [publisher-published] Statements from { $headline }, { $publisher }, published { $published }.
    [publisher] Statements from { $headline }, { $publisher }.
    [byline-published] Statements from { $headline }, by { $byline }, published { $published }.
    [byline] Statements from { $headline }, by { $byline }.
    [published] Statements from { $headline }, published { $published }.
   *[none] Statements from { $headline }.
}

## What the app ignored in a link's address

# $items: what was ignored (ignored-value, ignored-statement, …), joined
# with list-comma.
ignored-notice = Part of this link was ignored: { $items }.
# $items: the first few ignored items, joined; $count: how many more.
ignored-and-more = { $items }, { $count ->
    [one] { $count } more
   *[other] { $count } more
}
# The button that hides the notice (read by screen readers; it shows ×).
ignored-dismiss = Dismiss this notice
# $key: the address's parameter, as written there: speaker, topic,
# stance, theme, background, sort, view, embed, embedId, cards, controls,
# density. A language may name each in its own words ({ $key -> [speaker]
# … *[other] { $key } }). $value: its value, which names nothing in the
# story.
ignored-value = { $key } “{ $value }”
# $count: the longest search the app takes, in characters.
ignored-long-search = the end of a search longer than { $count ->
    [one] { $count } character
   *[other] { $count } characters
}
# $id: what the link named as a statement to show, which does not exist.
ignored-statement = link to statement “{ $id }”
# The link's filters, ignored because they hid the statement it links to.
ignored-filters-hiding-target = its filters, which hid the linked statement
# $words: what the reader searched for, in quotation marks. Part of the
# page's title and of the text shared with a link, after the filters.
view-search-words = “{ $words }”

## Notes on a search of several words

# A word the reader searched for, quoted back as typed.
search-word = ‘{ $word }’
# $count statements contain $word (a search-word). Joined with
# list-comma in words-none-has-all.
words-count-has = { $count ->
    [one] { $count } has { $word }
   *[other] { $count } have { $word }
}
# No statement shown has every word of the search. $words: how many words
# (2 or more). $each: how many have each word (words-count-has, joined).
words-none-has-all = { $words ->
    [2] No statement has both words; { $each }.
   *[other] No statement has all { $words } words; { $each }.
}
# $all statements have every word; $rest more have some of them.
# $words: how many words the search has (2 or more).
words-some-have-all = { $all ->
    [one] { $all } statement has
   *[other] { $all } statements have
} { $words ->
    [2] both words
   *[other] all { $words } words
}; { $rest ->
    [one] { $rest } more has
   *[other] { $rest } more have
} { $words ->
    [2] one of them
   *[other] some
}.

## Why a result is empty: the choices that emptied it

# Nothing at all to show.
emptied-nothing = The article has no statements.
# What a statement of a stance is, as the end of a sentence: "No statement
# by Sergey Lavrov is agreed." $stance: agreed (others agreed with it),
# disputed (it disputes or is disputed), unchallenged (the article reports
# no response to it).
emptied-stance = { $stance ->
    [agreed] is agreed
    [disputed] is in a dispute
   *[unchallenged] has no response reported
}
# The same inside emptied-has-words, after "that": "No statement that is
# in a dispute has ‘nuclear’."
emptied-stance-clause = { $stance ->
    [agreed] is agreed
    [disputed] is in a dispute
   *[unchallenged] has no response reported
}
# The speakers chosen emptied the result. $speakers: their names, joined
# with list-or.
emptied-by-speaker = No statement is by { $speakers }.
# The topics chosen emptied the result ($topics, joined with list-or),
# with the speakers chosen ($speakers) when $with is "speaker".
emptied-about-topic = { $with ->
    [speaker] No statement by { $speakers } is about { $topics }.
   *[none] No statement is about { $topics }.
}
# The stances chosen emptied the result. $stances: emptied-stance phrases,
# joined with list-or; $with: which other choices the sentence names.
emptied-in-stance = { $with ->
    [speaker] No statement by { $speakers } { $stances }.
    [topic] No statement about { $topics } { $stances }.
    [speaker-topic] No statement by { $speakers } about { $topics } { $stances }.
   *[none] No statement { $stances }.
}
# The search words emptied the result. $words: the words (search-word),
# joined with list-or; $stances: emptied-stance-clause phrases, joined
# with list-or;
# $with: which other choices the sentence names.
emptied-has-words = { $with ->
    [speaker] No statement by { $speakers } has { $words }.
    [topic] No statement about { $topics } has { $words }.
    [stance] No statement that { $stances } has { $words }.
    [speaker-topic] No statement by { $speakers } about { $topics } has { $words }.
    [speaker-stance] No statement by { $speakers } that { $stances } has { $words }.
    [topic-stance] No statement about { $topics } that { $stances } has { $words }.
    [speaker-topic-stance] No statement by { $speakers } about { $topics } that { $stances } has { $words }.
   *[none] No statement has { $words }.
}
