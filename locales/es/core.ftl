# Quote Explorer: words of the shared vocabulary (statements, stances,
# the share card, the page's title), in es.

statements-count = { $count ->
    [one] { $count } declaración
   *[other] { $count } declaraciones
}

## Lists of names

# Two names: "Sergey Lavrov and Rex Tillerson".
list-two = { $first } y { $second }
# The start of a list of three names or more: $first is a name, $rest the
# rest of the list, already joined ("A, B and C").
list-more = { $first }, { $rest }
# The last two names of a list of three or more ("B and C" in "A, B and C").
list-end = { $first } y { $second }
# Items in a plain series, with a comma: $first an item, $rest the rest,
# already joined (the items a notice names; the start of a list-or).
list-comma = { $first }, { $rest }
# The last two items of a list of choices (names, topics, words), or two
# alone: "Sergey Lavrov or Rex Tillerson"; "‘a’, ‘b’ or ‘c’" is list-comma
# before it.
list-or = { $first } o { $second }

## Kinds of statement

# On a card: the speaker's own words, in quotation marks in the article.
kind-quote = Cita
# On a card: the article's report of what someone said.
kind-paraphrase = Paráfrasis
# Said once above the cards: what the two words above mean.
kind-legend = Cita: las palabras textuales de quien habla, señaladas en la frase del artículo. Paráfrasis: lo que, según el artículo, se dijo.

## Stances

# A statement the other side accepts: the filter, its badge and the legend.
stance-agreed = Aceptada
# The filter for statements in a dispute, both the claim and its answers.
stance-in-a-dispute = En disputa
# The badge of a disputed statement whose dispute names no one.
stance-disputed = Cuestionada
# A statement the article reports no answer to. Not "unchallenged" or
# "undisputed": only that the article gives no response.
no-response-reported = No consta respuesta
# The legend above the cards, after "Agreed: ".
legend-agreed-meaning = la otra parte la acepta.
# The legend's name for the dispute badges (see badge-disputes and
# badge-disputed-by).
legend-disputed = Cuestiona / Cuestionada por
# The legend, after "Disputes / Disputed by: ".
legend-disputed-meaning = una parte cuestiona lo que dijo la otra.
# The legend, after "No response reported: ".
legend-no-response-meaning = el artículo no recoge ninguna respuesta (lo que no equivale a un acuerdo).

## A card's stance badge. "Disputed by" means "contested by", never "refuted".

# $name: the speaker of the statement this one answers and contests.
badge-disputes = Cuestiona a { $name }
# $name: the speaker of the statement this one answers and backs.
badge-confirms = Respalda a { $name }
# $names: the speakers who contest this statement, joined (list-two…).
badge-disputed-by = Cuestionada por { $names }
# $names: the speakers who back this statement, joined (list-two…).
badge-confirmed-by = Respaldada por { $names }
# A badge that says more: $badge is what it says first ("Confirms Rex
# Tillerson"), $names the speakers who contest the statement.
badge-and-disputed-by = { $badge }; cuestionada por { $names }
# A badge that says more: $badge is what it says first, $names the
# speakers who back the statement.
badge-and-confirmed-by = { $badge }; respaldada por { $names }

## A card's links to the statements it answers or that answer it: the
## words before the links ("Disputes Rex Tillerson: “…”").

relation-disputes = Cuestiona a
relation-confirms = Respalda a
relation-disputed-by = Cuestionada por
relation-confirmed-by = Respaldada por

## A card

# A button (read aloud only) that opens a card shown as one line.
card-whole-statement = Declaración completa
# The name of a card's list of topics, read aloud.
card-topics = Temas
# A card's button: shows the statement in the article's text.
card-in-the-article = En el artículo
# A card's link to its own address.
card-link-to-statement = Enlace a esta declaración
# A link to another statement: $speaker (in bold) and $text, its words.
card-statement-link = { $speaker }: { $text }
# A speaker's own words in quotation marks; $text may begin or end with
# "…" where it is part of a sentence.
quoted = «{ $text }»

## Dates, written at build time

# A date: $day and $year as numbers, $month from 1 (January) to 12.
date-long = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
# A date with its day of the week: $weekday from 0 (Sunday) to 6
# (Saturday), $date the date (date-long).
date-with-weekday = { $weekday ->
    [0] domingo
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
   *[6] sábado
}, { $date }
# Where and when the events happened: "Moscow, Wednesday, 12 April 2017".
place-and-date = { $place }, { $date }

## The page's title and its description for search engines and link
## previews

# The tool's name, as the page's title, the kicker above the headline and
# the embed's title give it. A newsroom may give its own (messages.ftl).
app-name = Explorador de declaraciones

# The page's title: the article's headline, then the tool's name.
page-title = { $headline } · { app-name }
# The page's description: how many statements by how many speakers, from
# which article ($headline).
page-description = { $statements ->
    [one] { $statements } declaración
   *[other] { $statements } declaraciones
} de { $speakers ->
    [one] { $speakers } persona
   *[other] { $speakers } personas
} en «{ $headline }»: filtra por persona, por tema y según cada una sea aceptada o cuestionada.
# As page-description, with where and when the events happened ($setting:
# "Moscow, Wednesday, 12 April 2017").
page-description-setting = { $statements ->
    [one] { $statements } declaración
   *[other] { $statements } declaraciones
} de { $speakers ->
    [one] { $speakers } persona
   *[other] { $speakers } personas
} en «{ $headline }» ({ $setting }): filtra por persona, por tema y según cada una sea aceptada o cuestionada.
# The share image's description when the newsroom supplies its own image.
share-image-alt = { app-name }: declaraciones de «{ $headline }»
# The search box's placeholder: $example is a topic or a speaker's name.
search-hint = p. ej. { $example }
# The search box's placeholder: a topic and a speaker's last name.
search-hint-two = p. ej. { $topic }, { $speaker }

## The share card: the picture a link preview shows

# How many disputes the article reports (a claim and its answers are one).
disputes-count = { $count ->
    [one] { $count } disputa
   *[other] { $count } disputas
}
# The card's counts: $statements (statements-count) and $disputes
# (disputes-count), already written.
share-card-counts = { $statements } · { $disputes }
# The card's description, for readers who cannot see it: the headline.
share-card-alt-headline = { app-name }: «{ $headline }»
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
    [one] { $sides } parte más
   *[other] { $sides } partes más
} con { $speakers ->
    [one] { $speakers } persona
   *[other] { $speakers } personas
}
# A side's names when not all fit: the names shown ($names), then how many
# are left.
share-card-more-names = { $names }, +{ $count } más
# A side's one name, cut short, and how many are left.
share-card-more-after-name = { $name } +{ $count } más
