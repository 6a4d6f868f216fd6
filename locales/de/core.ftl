# Quote Explorer: words of the shared vocabulary (statements, stances,
# the share card, the page's title), in de.

statements-count = { $count ->
    [one] { $count } Aussage
   *[other] { $count } Aussagen
}

## Lists of names

# Two names: "Sergey Lavrov and Rex Tillerson".
list-two = { $first } und { $second }
# The start of a list of three names or more: $first is a name, $rest the
# rest of the list, already joined ("A, B and C").
list-more = { $first }, { $rest }
# The last two names of a list of three or more ("B and C" in "A, B and C").
list-end = { $first } und { $second }
# Items in a plain series, with a comma: $first an item, $rest the rest,
# already joined (the items a notice names; the start of a list-or).
list-comma = { $first }, { $rest }
# The last two items of a list of choices (names, topics, words), or two
# alone: "Sergey Lavrov or Rex Tillerson"; "‘a’, ‘b’ or ‘c’" is list-comma
# before it.
list-or = { $first } oder { $second }

## Kinds of statement

# On a card: the speaker's own words, in quotation marks in the article.
kind-quote = Zitat
# On a card: the article's report of what someone said.
kind-paraphrase = Wiedergabe
# Said once above the cards: what the two words above mean.
kind-legend = Zitat: die eigenen Worte der Person, im Satz des Artikels markiert. Wiedergabe: wie der Artikel das Gesagte wiedergibt.

## Stances

# A statement the other side accepts: the filter, its badge and the legend.
stance-agreed = Akzeptiert
# The filter for statements in a dispute, both the claim and its answers.
stance-in-a-dispute = Im Streit
# The badge of a disputed statement whose dispute names no one.
stance-disputed = Bestritten
# A statement the article reports no answer to. Not "unchallenged" or
# "undisputed": only that the article gives no response.
no-response-reported = Keine Antwort im Bericht
# The legend above the cards, after "Agreed: ".
legend-agreed-meaning = Die andere Seite akzeptiert die Aussage.
# The legend's name for the dispute badges (see badge-disputes and
# badge-disputed-by).
legend-disputed = Widerspricht / Widerspruch von
# The legend, after "Disputes / Disputed by: ".
legend-disputed-meaning = Eine Seite bestreitet, was die andere gesagt hat.
# The legend, after "No response reported: ".
legend-no-response-meaning = Der Artikel nennt keine Antwort (was keine Zustimmung bedeutet).

## A card's stance badge. "Disputed by" means "contested by", never "refuted".

# $name: the speaker of the statement this one answers and contests.
badge-disputes = Widerspricht { $name }
# $name: the speaker of the statement this one answers and backs.
badge-confirms = Bestätigt { $name }
# $names: the speakers who contest this statement, joined (list-two…).
badge-disputed-by = Widerspruch von { $names }
# $names: the speakers who back this statement, joined (list-two…).
badge-confirmed-by = Bestätigt von { $names }
# A badge that says more: $badge is what it says first ("Confirms Rex
# Tillerson"), $names the speakers who contest the statement.
badge-and-disputed-by = { $badge }; Widerspruch von { $names }
# A badge that says more: $badge is what it says first, $names the
# speakers who back the statement.
badge-and-confirmed-by = { $badge }; bestätigt von { $names }

## A card's links to the statements it answers or that answer it: the
## words before the links ("Disputes Rex Tillerson: “…”").

relation-disputes = Widerspricht
relation-confirms = Bestätigt
relation-disputed-by = Widerspruch von
relation-confirmed-by = Bestätigt von

## A card

# A button (read aloud only) that opens a card shown as one line.
card-whole-statement = Ganze Aussage
# The name of a card's list of topics, read aloud.
card-topics = Themen
# A card's button: shows the statement in the article's text.
card-in-the-article = Im Artikel
# A card's link to its own address.
card-link-to-statement = Link zu dieser Aussage
# A link to another statement: $speaker (in bold) and $text, its words.
card-statement-link = { $speaker }: { $text }
# A speaker's own words in quotation marks; $text may begin or end with
# "…" where it is part of a sentence.
quoted = „{ $text }“

## Dates, written at build time

# A date: $day and $year as numbers, $month from 1 (January) to 12.
date-long = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
# A date with its day of the week: $weekday from 0 (Sunday) to 6
# (Saturday), $date the date (date-long).
date-with-weekday = { $weekday ->
    [0] Sonntag
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
   *[6] Samstag
}, { $date }
# Where and when the events happened: "Moscow, Wednesday, 12 April 2017".
place-and-date = { $place }, { $date }

## The page's title and its description for search engines and link
## previews

# The tool's name, as the page's title, the kicker above the headline and
# the embed's title give it. A newsroom may give its own (messages.ftl).
app-name = Aussagen-Explorer

# The page's title: the article's headline, then the tool's name.
page-title = { $headline } · { app-name }
# The page's description: how many statements by how many speakers, from
# which article ($headline).
page-description = { $statements ->
    [one] { $statements } Aussage
   *[other] { $statements } Aussagen
} von { $speakers ->
    [one] { $speakers } Person
   *[other] { $speakers } Personen
} aus „{ $headline }“: nach Person, Thema und danach filtern, ob eine Aussage akzeptiert oder bestritten ist.
# As page-description, with where and when the events happened ($setting:
# "Moscow, Wednesday, 12 April 2017").
page-description-setting = { $statements ->
    [one] { $statements } Aussage
   *[other] { $statements } Aussagen
} von { $speakers ->
    [one] { $speakers } Person
   *[other] { $speakers } Personen
} aus „{ $headline }“ ({ $setting }): nach Person, Thema und danach filtern, ob eine Aussage akzeptiert oder bestritten ist.
# The share image's description when the newsroom supplies its own image.
share-image-alt = { app-name }: Aussagen aus „{ $headline }“
# The search box's placeholder: $example is a topic or a speaker's name.
search-hint = z. B. { $example }
# The search box's placeholder: a topic and a speaker's last name.
search-hint-two = z. B. { $topic }, { $speaker }

## The share card: the picture a link preview shows

# How many disputes the article reports (a claim and its answers are one).
disputes-count = { $count ->
    [one] { $count } Streitpunkt
   *[other] { $count } Streitpunkte
}
# The card's counts: $statements (statements-count) and $disputes
# (disputes-count), already written.
share-card-counts = { $statements } · { $disputes }
# The card's description, for readers who cannot see it: the headline.
share-card-alt-headline = { app-name }: „{ $headline }“
# The card's description: $statements and $disputes, already written.
share-card-alt-counts = { $statements }, { $disputes }
# The card's description: a side ($side) and its speakers ($names).
share-card-alt-side = { $side }: { $names }
# Between the parts of the card's description.
share-card-alt-separator = { "; " }
# Between names on the card.
share-card-names-separator = { ", " }
# The card's last line when not every side fits: how many sides are left
# and how many speakers they have.
share-card-more-sides = + { $sides ->
    [one] { $sides } weitere Seite
   *[other] { $sides } weitere Seiten
} mit { $speakers ->
    [one] { $speakers } Person
   *[other] { $speakers } Personen
}
# A side's names when not all fit: the names shown ($names), then how many
# are left.
share-card-more-names = { $names }, +{ $count } weitere
# A side's one name, cut short, and how many are left.
share-card-more-after-name = { $name } +{ $count } weitere
