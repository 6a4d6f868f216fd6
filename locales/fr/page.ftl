# Quote Explorer: the words a story's page is written with when it is
# published (its title and share meta, the share card, dates in words, the
# search field's examples), in fr. The reader's app never shows them
# itself, so they are not carried in the page's data block.

statements-count = { $count ->
    [one] { $count } déclaration
   *[other] { $count } déclarations
}

# A date: $day and $year as numbers, $month from 1 (January) to 12.
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }

# A date with its day of the week: $weekday from 0 (Sunday) to 6
# (Saturday), $date the date (date-long).
date-with-weekday = { $weekday ->
    [0] dimanche
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
   *[6] samedi
} { $date }

# Where and when the events happened: "Moscow, Wednesday, 12 April 2017".
place-and-date = { $place }, { $date }

# The page's description: how many statements by how many speakers, from
# which article ($headline).
page-description = { $statements ->
    [one] { $statements } déclaration
   *[other] { $statements } déclarations
} de { $speakers ->
    [one] { $speakers } intervenant
   *[other] { $speakers } intervenants
} dans « { $headline } » : filtrez par intervenant, par thème et selon que chaque déclaration est acceptée ou contestée.

# As page-description, with where and when the events happened ($setting:
# "Moscow, Wednesday, 12 April 2017").
page-description-setting = { $statements ->
    [one] { $statements } déclaration
   *[other] { $statements } déclarations
} de { $speakers ->
    [one] { $speakers } intervenant
   *[other] { $speakers } intervenants
} dans « { $headline } » ({ $setting }) : filtrez par intervenant, par thème et selon que chaque déclaration est acceptée ou contestée.

# The share image's description when the newsroom supplies its own image.
share-image-alt = { app-name } : déclarations tirées de « { $headline } »

# The search box's placeholder: $example is a topic or a speaker's name.
search-hint = p. ex. { $example }

# The search box's placeholder: a topic and a speaker's last name.
search-hint-two = p. ex. { $topic }, { $speaker }

# How many disputes the article reports (a claim and its answers are one).
disputes-count = { $count ->
    [one] { $count } désaccord
   *[other] { $count } désaccords
}

# The card's counts: $statements (statements-count) and $disputes
# (disputes-count), already written.
share-card-counts = { $statements } · { $disputes }

# The card's description, for readers who cannot see it: the headline.
share-card-alt-headline = { app-name } : « { $headline } »

# The card's description: $statements and $disputes, already written.
share-card-alt-counts = { $statements }, { $disputes }

# The card's description: a side ($side) and its speakers ($names).
share-card-alt-side = { $side } : { $names }

# Between the parts of the card's description.
share-card-alt-separator = { " ; " }

# Between names on the card.
share-card-names-separator = { ", " }

# The card's last line when not every side fits: how many sides are left
# and how many speakers they have.
share-card-more-sides = + { $sides ->
    [one] { $sides } autre camp
   *[other] { $sides } autres camps
} avec { $speakers ->
    [one] { $speakers } intervenant
   *[other] { $speakers } intervenants
}

# A side's names when not all fit: the names shown ($names), then how many
# are left.
share-card-more-names = { $names }, +{ $count ->
    [one] { $count } autre
   *[other] { $count } autres
}

# A side's one name, cut short, and how many are left.
share-card-more-after-name = { $name } +{ $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
