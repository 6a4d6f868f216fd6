# Quote Explorer: the words a story's page is written with when it is
# published (its title and share meta, the share card, dates in words, the
# search field's examples), in en. The reader's app never shows them
# itself, so they are not carried in the page's data block.

statements-count = { $count ->
    [one] { $count } statement
   *[other] { $count } statements
}

# A date: $day and $year as numbers, $month from 1 (January) to 12.
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

# A date with its day of the week: $weekday from 0 (Sunday) to 6
# (Saturday), $date the date (date-long).
date-with-weekday = { $weekday ->
    [0] Sunday
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
   *[6] Saturday
}, { $date }

# Where and when the events happened: "Moscow, Wednesday, 12 April 2017".
place-and-date = { $place }, { $date }

# The page's description: how many statements by how many speakers, from
# which article ($headline).
page-description = { $statements ->
    [one] { $statements } statement
   *[other] { $statements } statements
} by { $speakers ->
    [one] { $speakers } speaker
   *[other] { $speakers } speakers
} from “{ $headline }”: filter by speaker, topic and whether each is agreed or disputed.

# As page-description, with where and when the events happened ($setting:
# "Moscow, Wednesday, 12 April 2017").
page-description-setting = { $statements ->
    [one] { $statements } statement
   *[other] { $statements } statements
} by { $speakers ->
    [one] { $speakers } speaker
   *[other] { $speakers } speakers
} from “{ $headline }” ({ $setting }): filter by speaker, topic and whether each is agreed or disputed.

# The share image's description when the newsroom supplies its own image.
share-image-alt = { app-name }: statements from “{ $headline }”

# The search box's placeholder: $example is a topic or a speaker's name.
search-hint = e.g. { $example }

# The search box's placeholder: a topic and a speaker's last name.
search-hint-two = e.g. { $topic }, { $speaker }

# How many disputes the article reports (a claim and its answers are one).
disputes-count = { $count ->
    [one] { $count } dispute
   *[other] { $count } disputes
}

# The card's counts: $statements (statements-count) and $disputes
# (disputes-count), already written.
share-card-counts = { $statements } · { $disputes }

# The card's description, for readers who cannot see it: the headline.
share-card-alt-headline = { app-name }: “{ $headline }”

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
    [one] { $sides } more side
   *[other] { $sides } more sides
} with { $speakers ->
    [one] { $speakers } speaker
   *[other] { $speakers } speakers
}

# A side's names when not all fit: the names shown ($names), then how many
# are left.
share-card-more-names = { $names }, +{ $count } more

# A side's one name, cut short, and how many are left.
share-card-more-after-name = { $name } +{ $count } more
