# Quote Explorer: the words a story's page is written with when it is
# published (its title and share meta, the share card, dates in words, the
# search field's examples), in es. The reader's app never shows them
# itself, so they are not carried in the page's data block.

statements-count = { $count ->
    [one] { $count } declaración
   *[other] { $count } declaraciones
}

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
