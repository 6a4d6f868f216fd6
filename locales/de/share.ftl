# Quote Explorer: sharing and embedding (the share bar, the embed dialog
# and footer, the credit line), the notices about a link's address and
# the notes that explain an empty result, in de.

## The share bar

# A button: copies the address of the view the reader is on.
share-copy-link = Link kopieren
# Shown beside the button once the address is on the clipboard.
share-link-copied = Link kopiert
# Labels the address, shown selected when the browser refused to copy it.
share-copy-this-link = Diesen Link kopieren:

## The embed dialog

# A button that opens the dialog with code for putting this view in
# another page (a news story).
embed-button = Einbetten
embed-dialog-title = Diese Ansicht einbetten
embed-close = Schließen
embed-explanation = Fügen Sie diesen Code in Ihren Artikel ein. Der Rahmen zeigt die aktuellen Filter und passt seine Höhe selbst an; Sie können ihn beliebig oft einfügen.
# A heading above the live previews of the embed.
embed-preview-heading = Vorschau
# $width: the preview's width in CSS pixels (320, 640). A caption.
embed-preview-width = { $width } px breit
# $width: as in embed-preview-width. The preview frame's title, read by
# screen readers.
embed-preview-title = Vorschau der Einbettung, { $width } px breit
# A group of two choices (embed-host-light, embed-host-dark): the colour
# of the story page the previews sit on.
embed-preview-on = Vorschau auf
embed-host-light = einer hellen Seite
embed-host-dark = einer dunklen Seite
# The label above each box of code to copy.
embed-code-iframe = Iframe mit Skript, das die Höhe anpasst
embed-code-sandboxed = Abgeschirmtes Iframe (für Seiten, die das Attribut sandbox verlangen)
embed-code-pym = Für Seiten, die pym.js verwenden
# A button under each box of code.
embed-copy-code = Code kopieren
# Beside that button once the code is on the clipboard.
embed-code-copied = Kopiert
# When the browser refused to copy: the code is selected instead.
embed-code-selected = Markiert: Strg+C (⌘C) drücken, um zu kopieren
# The embed's look: the theme, with three choices.
embed-theme = Farbschema
embed-theme-light = Hell
embed-theme-dark = Dunkel
# The third theme: light or dark as the reader's device is set.
embed-theme-auto = Wie beim Leser eingestellt
# A checkbox: the embed shows the story page behind it.
embed-transparent = Transparenter Hintergrund
# How many statement cards the embed shows before a "Show all" button:
# numbers (3, 5, 10) or this.
embed-cards-first = Zuerst gezeigte Karten
embed-cards-all = Alle
# A checkbox: the embed shows the filters (speakers, topics, stances).
embed-show-filters = Filterleiste zeigen
# $headline: the story's headline. The embedded frame's title, read by
# screen readers on the page the code is pasted into.
embed-frame-title = { app-name }: { $headline }

## How readable the embed's look is (contrast of its text)

# $ratio: the lowest contrast of the embed's text (such as 5.8, read as
# "5.8 to 1"). The embed brings its own background colour.
embed-contrast-own-background = ✓ Eigener Hintergrund: auf jeder Seite lesbar (Textkontrast { $ratio }:1 oder mehr).
# $page: "light" or "dark", the colour of the story page. $ratio: as above.
embed-contrast-fine = ✓ Auf { $page ->
    [light] einer hellen Seite
   *[dark] einer dunklen Seite
}: lesbar (Textkontrast { $ratio }:1 oder mehr).
# A warning: with a transparent background, the embed's text is hard to
# read on this page. $text: "dark" or "light", the colour of its text.
# $page: "light" or "dark", the page's. $ratio: the contrast found;
# $minimum: the least that is readable (4.5). The themes are the choices
# embed-theme-light and embed-theme-dark.
embed-contrast-warning = { $text ->
    [dark] Dunkler Text
   *[light] Heller Text
} auf { $page ->
    [light] einer hellen Seite
   *[dark] einer dunklen Seite
} ({ $ratio }:1, unter { $minimum }:1): Wählen Sie { $page ->
    [light] das Farbschema „Hell“
   *[dark] das Farbschema „Dunkel“
} oder einen deckenden Hintergrund.
# The same warning for the theme that follows the reader's device: those
# readers whose device is set to $mode ("light" or "dark") get $text.
embed-contrast-warning-auto = Wer sein Gerät auf den { $mode ->
    [light] hellen
   *[dark] dunklen
} Modus eingestellt hat, sieht { $text ->
    [dark] dunklen Text
   *[light] hellen Text
} auf { $page ->
    [light] einer hellen Seite
   *[dark] einer dunklen Seite
} ({ $ratio }:1, unter { $minimum }:1): Wählen Sie { $page ->
    [light] das Farbschema „Hell“
   *[dark] das Farbschema „Dunkel“
} oder einen deckenden Hintergrund, es sei denn, Ihre Seite wechselt ebenfalls mit der Einstellung des Lesers.

## The embed's footer

# The link out of an embed to the whole page, opening in a new tab: the
# arrow points out of the page, up and toward the end of the line.
embed-full-explorer = Die ganze Übersicht öffnen ↗

## The credit line

# $byline: the article's author or authors, as the data gives them.
# Under the headline, with the publisher and the date.
credit-by = Von { $byline }
# A link to the article the statements come from, opening in a new tab:
# the arrow points out of the page, up and toward the end of the line.
credit-original-article = Originalartikel ↗
# $headline: the article's headline, in quotation marks (a link in the
# credit).
credit-headline = „{ $headline }“
# The credit in the page's footer. $headline: credit-headline. The other
# parts are there only when the data gives them: $publisher (a newspaper's
# name), $byline (the authors), $published (a date in words, "2 April
# 2017"). $parts names which of the three there are.
credit-footer = { $parts ->
    [publisher-byline-published] Aussagen aus { $headline }, { $publisher }, von { $byline }, veröffentlicht am { $published }.
    [publisher-byline] Aussagen aus { $headline }, { $publisher }, von { $byline }.
    [publisher-published] Aussagen aus { $headline }, { $publisher }, veröffentlicht am { $published }.
    [publisher] Aussagen aus { $headline }, { $publisher }.
    [byline-published] Aussagen aus { $headline }, von { $byline }, veröffentlicht am { $published }.
    [byline] Aussagen aus { $headline }, von { $byline }.
    [published] Aussagen aus { $headline }, veröffentlicht am { $published }.
   *[none] Aussagen aus { $headline }.
}

## What the app ignored in a link's address

# $items: what was ignored (ignored-value, ignored-statement, …), joined
# with list-comma.
ignored-notice = Ein Teil dieses Links wurde übergangen: { $items }.
# $items: the first few ignored items, joined; $count: how many more.
ignored-and-more = { $items } und { $count ->
    [one] { $count } weiterer Teil
   *[other] { $count } weitere Teile
}
# The button that hides the notice (read by screen readers; it shows ×).
ignored-dismiss = Diesen Hinweis schließen
# $key: the address's parameter, as written there: speaker, topic,
# stance, theme, background, sort, view, embed, embedId, cards, controls,
# density. A language may name each in its own words ({ $key -> [speaker]
# … *[other] { $key } }). $value: its value, which names nothing in the
# story.
ignored-value = { $key ->
    [speaker] Person
    [topic] Thema
    [stance] Haltung
    [theme] Farbschema
    [background] Hintergrund
    [sort] Sortierung
    [view] Ansicht
    [embed] Einbettung
    [embedId] Einbettungs-ID
    [cards] Karten
    [controls] Bedienelemente
    [density] Dichte
   *[other] { $key }
} „{ $value }“
# $count: the longest search the app takes, in characters.
ignored-long-search = das Ende einer Suche mit mehr als { $count ->
    [one] { $count } Zeichen
   *[other] { $count } Zeichen
}
# $id: what the link named as a statement to show, which does not exist.
ignored-statement = der Link auf die Aussage „{ $id }“
# The link's filters, ignored because they hid the statement it links to.
ignored-filters-hiding-target = seine Filter, die die verlinkte Aussage verbargen
# $words: what the reader searched for, in quotation marks. Part of the
# page's title and of the text shared with a link, after the filters.
view-search-words = „{ $words }“

## Notes on a search of several words

# A word the reader searched for, quoted back as typed.
search-word = ‚{ $word }‘
# $count statements contain $word (a search-word). Joined with
# list-comma in words-none-has-all.
words-count-has = { $count ->
    [one] { $count } enthält { $word }
   *[other] { $count } enthalten { $word }
}
# No statement shown has every word of the search. $words: how many words
# (2 or more). $each: how many have each word (words-count-has, joined).
words-none-has-all = { $words ->
    [2] Keine Aussage enthält beide Wörter; { $each }.
   *[other] Keine Aussage enthält alle { $words } Wörter; { $each }.
}
# $all statements have every word; $rest more have some of them.
# $words: how many words the search has (2 or more).
words-some-have-all = { $all ->
    [one] { $all } Aussage enthält
   *[other] { $all } Aussagen enthalten
} { $words ->
    [2] beide Wörter
   *[other] alle { $words } Wörter
}; { $rest ->
    [one] { $rest } weitere enthält
   *[other] { $rest } weitere enthalten
} { $words ->
    [2] eines davon
   *[other] einige davon
}.

## Why a result is empty: the choices that emptied it

# Nothing at all to show.
emptied-nothing = Der Artikel enthält keine Aussagen.
# What a statement of a stance is, as the end of a sentence: "No statement
# by Sergey Lavrov is agreed." $stance: agreed (others agreed with it),
# disputed (it disputes or is disputed), unchallenged (the article reports
# no response to it).
emptied-stance = { $stance ->
    [agreed] findet Zustimmung
    [disputed] ist Teil einer Kontroverse
   *[unchallenged] bleibt laut Artikel unbeantwortet
}
# The same inside emptied-has-words, after "that": "No statement that is
# in a dispute has ‘nuclear’."
emptied-stance-clause = { $stance ->
    [agreed] Zustimmung findet
    [disputed] Teil einer Kontroverse ist
   *[unchallenged] laut Artikel unbeantwortet bleibt
}
# The speakers chosen emptied the result. $speakers: their names, joined
# with list-or.
emptied-by-speaker = Keine Aussage stammt von { $speakers }.
# The topics chosen emptied the result ($topics, joined with list-or),
# with the speakers chosen ($speakers) when $with is "speaker".
emptied-about-topic = { $with ->
    [speaker] Keine Aussage von { $speakers } betrifft das Thema { $topics }.
   *[none] Keine Aussage betrifft das Thema { $topics }.
}
# The stances chosen emptied the result. $stances: emptied-stance phrases,
# joined with list-or; $with: which other choices the sentence names.
emptied-in-stance = { $with ->
    [speaker] Keine Aussage von { $speakers } { $stances }.
    [topic] Keine Aussage zum Thema { $topics } { $stances }.
    [speaker-topic] Keine Aussage von { $speakers } zum Thema { $topics } { $stances }.
   *[none] Keine Aussage { $stances }.
}
# The search words emptied the result. $words: the words (search-word),
# joined with list-or; $stances: emptied-stance-clause phrases, joined
# with list-or;
# $with: which other choices the sentence names.
emptied-has-words = { $with ->
    [speaker] Keine Aussage von { $speakers } enthält { $words }.
    [topic] Keine Aussage zum Thema { $topics } enthält { $words }.
    [stance] Keine Aussage, die { $stances }, enthält { $words }.
    [speaker-topic] Keine Aussage von { $speakers } zum Thema { $topics } enthält { $words }.
    [speaker-stance] Keine Aussage von { $speakers }, die { $stances }, enthält { $words }.
    [topic-stance] Keine Aussage zum Thema { $topics }, die { $stances }, enthält { $words }.
    [speaker-topic-stance] Keine Aussage von { $speakers } zum Thema { $topics }, die { $stances }, enthält { $words }.
   *[none] Keine Aussage enthält { $words }.
}
