# Quote Explorer: words of the shared vocabulary (statements, stances,
# the share card, the page's title), in de.

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
stance-disputed = Umstritten
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

## The tool's name and the page's title

# The tool's name, as the page's title, the kicker above the headline and
# the embed's title give it. A newsroom may give its own (messages.ftl).
app-name = Aussagen-Explorer
# The page's title: the article's headline, then the tool's name.
page-title = { $headline } · { app-name }
