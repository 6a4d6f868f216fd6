# Quote Explorer: the words a story's page is written with when it is
# published (its title and share meta, the share card, dates in words, the
# search field's examples), in de. The reader's app never shows them
# itself, so they are not carried in the page's data block.

statements-count = { $count ->
    [one] { $count } Aussage
   *[other] { $count } Aussagen
}

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
