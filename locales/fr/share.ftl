# Quote Explorer: sharing and embedding (the share bar, the embed dialog
# and footer, the credit line), the notices about a link's address and
# the notes that explain an empty result, in fr.

## The share bar

# A button: copies the address of the view the reader is on.
share-copy-link = Copier le lien
# Shown beside the button once the address is on the clipboard.
share-link-copied = Lien copié
# Labels the address, shown selected when the browser refused to copy it.
share-copy-this-link = Copiez ce lien :

## The embed dialog

# A button that opens the dialog with code for putting this view in
# another page (a news story).
embed-button = Intégrer
embed-dialog-title = Intégrer cette vue
embed-close = Fermer
embed-explanation = Collez ce code dans votre article. Le cadre affiche les filtres actuels et règle lui-même sa hauteur ; vous pouvez en coller autant que vous le souhaitez.
# A heading above the live previews of the embed.
embed-preview-heading = Aperçu
# $width: the preview's width in CSS pixels (320, 640). A caption.
embed-preview-width = { $width } px de large
# $width: as in embed-preview-width. The preview frame's title, read by
# screen readers.
embed-preview-title = Aperçu de l’intégration, { $width } px de large
# A group of two choices (embed-host-light, embed-host-dark): the colour
# of the story page the previews sit on.
embed-preview-on = Aperçu sur
embed-host-light = une page claire
embed-host-dark = une page sombre
# The label above each box of code to copy.
embed-code-iframe = Cadre (iframe) avec script de redimensionnement
embed-code-sandboxed = Cadre isolé (pour les pages qui exigent l’attribut sandbox)
embed-code-pym = Pour les pages qui utilisent pym.js
# A button under each box of code.
embed-copy-code = Copier le code
# Beside that button once the code is on the clipboard.
embed-code-copied = Copié
# When the browser refused to copy: the code is selected instead.
embed-code-selected = Sélectionné : appuyez sur Ctrl+C (⌘C) pour copier
# The embed's look: the theme, with three choices.
embed-theme = Apparence
embed-theme-light = Clair
embed-theme-dark = Sombre
# The third theme: light or dark as the reader's device is set.
embed-theme-auto = Selon le réglage du lecteur
# A checkbox: the embed shows the story page behind it.
embed-transparent = Fond transparent
# How many statement cards the embed shows before a "Show all" button:
# numbers (3, 5, 10) or this.
embed-cards-first = Cartes affichées d’emblée
embed-cards-all = Toutes
# A checkbox: the embed shows the filters (speakers, topics, stances).
embed-show-filters = Afficher le panneau des filtres
# $headline: the story's headline. The embedded frame's title, read by
# screen readers on the page the code is pasted into.
embed-frame-title = { app-name } : { $headline }

## How readable the embed's look is (contrast of its text)

# $ratio: the lowest contrast of the embed's text (such as 5.8, read as
# "5.8 to 1"). The embed brings its own background colour.
embed-contrast-own-background = ✓ Fond propre : lisible sur toute page (contraste du texte de { $ratio }:1 ou plus).
# $page: "light" or "dark", the colour of the story page. $ratio: as above.
embed-contrast-fine = ✓ Sur { $page ->
    [light] une page claire
   *[dark] une page sombre
} : lisible (contraste du texte de { $ratio }:1 ou plus).
# A warning: with a transparent background, the embed's text is hard to
# read on this page. $text: "dark" or "light", the colour of its text.
# $page: "light" or "dark", the page's. $ratio: the contrast found;
# $minimum: the least that is readable (4.5). The themes are the choices
# embed-theme-light and embed-theme-dark.
embed-contrast-warning = { $text ->
    [dark] Texte sombre
   *[light] Texte clair
} sur { $page ->
    [light] une page claire
   *[dark] une page sombre
} ({ $ratio }:1, sous le seuil de { $minimum }:1) : choisissez { $page ->
    [light] le thème Clair
   *[dark] le thème Sombre
} ou un fond opaque.
# The same warning for the theme that follows the reader's device: those
# readers whose device is set to $mode ("light" or "dark") get $text.
embed-contrast-warning-auto = Les lecteurs dont l’appareil est en mode { $mode ->
    [light] clair
   *[dark] sombre
} voient { $text ->
    [dark] un texte sombre
   *[light] un texte clair
} sur { $page ->
    [light] une page claire
   *[dark] une page sombre
} ({ $ratio }:1, sous le seuil de { $minimum }:1) : choisissez { $page ->
    [light] le thème Clair
   *[dark] le thème Sombre
} ou un fond opaque, à moins que votre page ne suive elle aussi le réglage du lecteur.

## The embed's footer

# The link out of an embed to the whole page, opening in a new tab: the
# arrow points out of the page, up and toward the end of the line.
embed-full-explorer = Ouvrir l’explorateur complet ↗

## The credit line

# $byline: the article's author or authors, as the data gives them.
# Under the headline, with the publisher and the date.
credit-by = Par { $byline }
# A link to the article the statements come from, opening in a new tab:
# the arrow points out of the page, up and toward the end of the line.
credit-original-article = Article original ↗
# $headline: the article's headline, in quotation marks (a link in the
# credit).
credit-headline = « { $headline } »
# The credit in the page's footer. $headline: credit-headline. The other
# parts are there only when the data gives them: $publisher (a newspaper's
# name), $byline (the authors), $published (a date in words, "2 April
# 2017"). $parts names which of the three there are.
credit-footer = { $parts ->
    [publisher-byline-published] Déclarations tirées de { $headline }, { $publisher }, par { $byline }, publié le { $published }.
    [publisher-byline] Déclarations tirées de { $headline }, { $publisher }, par { $byline }.
    [publisher-published] Déclarations tirées de { $headline }, { $publisher }, publié le { $published }.
    [publisher] Déclarations tirées de { $headline }, { $publisher }.
    [byline-published] Déclarations tirées de { $headline }, par { $byline }, publié le { $published }.
    [byline] Déclarations tirées de { $headline }, par { $byline }.
    [published] Déclarations tirées de { $headline }, publié le { $published }.
   *[none] Déclarations tirées de { $headline }.
}

## What the app ignored in a link's address

# $items: what was ignored (ignored-value, ignored-statement, …), joined
# with list-comma.
ignored-notice = Une partie de ce lien a été ignorée : { $items }.
# $items: the first few ignored items, joined; $count: how many more.
ignored-and-more = { $items } et { $count ->
    [one] { $count } autre élément
   *[other] { $count } autres éléments
}
# The button that hides the notice (read by screen readers; it shows ×).
ignored-dismiss = Fermer cet avis
# $key: the address's parameter, as written there: speaker, topic,
# stance, theme, background, sort, view, embed, embedId, cards, controls,
# density. A language may name each in its own words ({ $key -> [speaker]
# … *[other] { $key } }). $value: its value, which names nothing in the
# story.
ignored-value = { $key ->
    [speaker] intervenant
    [topic] sujet
    [stance] position
    [theme] apparence
    [background] fond
    [sort] tri
    [view] vue
    [embed] intégration
    [embedId] identifiant d’intégration
    [cards] cartes
    [controls] commandes
    [density] densité
   *[other] { $key }
} « { $value } »
# $count: the longest search the app takes, in characters.
ignored-long-search = la fin d’une recherche de plus de { $count ->
    [one] { $count } caractère
   *[other] { $count } caractères
}
# $id: what the link named as a statement to show, which does not exist.
ignored-statement = le lien vers la déclaration « { $id } »
# The link's filters, ignored because they hid the statement it links to.
ignored-filters-hiding-target = ses filtres, qui masquaient la déclaration liée
# $words: what the reader searched for, in quotation marks. Part of the
# page's title and of the text shared with a link, after the filters.
view-search-words = « { $words } »

## Notes on a search of several words

# A word the reader searched for, quoted back as typed.
search-word = « { $word } »
# $count statements contain $word (a search-word). Joined with
# list-comma in words-none-has-all.
words-count-has = { $count ->
    [one] { $count } contient { $word }
   *[other] { $count } contiennent { $word }
}
# No statement shown has every word of the search. $words: how many words
# (2 or more). $each: how many have each word (words-count-has, joined).
words-none-has-all = { $words ->
    [2] Aucune déclaration ne contient les deux mots ; { $each }.
   *[other] Aucune déclaration ne contient les { $words } mots ; { $each }.
}
# $all statements have every word; $rest more have some of them.
# $words: how many words the search has (2 or more).
words-some-have-all = { $all ->
    [one] { $all } déclaration contient
   *[other] { $all } déclarations contiennent
} { $words ->
    [2] les deux mots
   *[other] les { $words } mots
} ; { $rest ->
    [one] { $rest } autre en contient
   *[other] { $rest } autres en contiennent
} { $words ->
    [2] un seul
   *[other] une partie
}.

## Why a result is empty: the choices that emptied it

# Nothing at all to show.
emptied-nothing = L’article ne contient aucune déclaration.
# What a statement of a stance is, as the end of a sentence: "No statement
# by Sergey Lavrov is agreed." $stance: agreed (others agreed with it),
# disputed (it disputes or is disputed), unchallenged (the article reports
# no response to it).
emptied-stance = { $stance ->
    [agreed] ne fait l’objet d’un accord
    [disputed] ne fait partie d’un désaccord
   *[unchallenged] ne reste sans réponse dans l’article
}
# The same inside emptied-has-words, after "that": "No statement that is
# in a dispute has ‘nuclear’."
emptied-stance-clause = { $stance ->
    [agreed] fasse l’objet d’un accord
    [disputed] fasse partie d’un désaccord
   *[unchallenged] reste sans réponse dans l’article
}
# The speakers chosen emptied the result. $speakers: their names, joined
# with list-or.
emptied-by-speaker = Aucune déclaration n’émane de { $speakers }.
# The topics chosen emptied the result ($topics, joined with list-or),
# with the speakers chosen ($speakers) when $with is "speaker".
emptied-about-topic = { $with ->
    [speaker] Aucune déclaration de { $speakers } ne porte sur { $topics }.
   *[none] Aucune déclaration ne porte sur { $topics }.
}
# The stances chosen emptied the result. $stances: emptied-stance phrases,
# joined with list-or; $with: which other choices the sentence names.
emptied-in-stance = { $with ->
    [speaker] Aucune déclaration de { $speakers } { $stances }.
    [topic] Aucune déclaration sur { $topics } { $stances }.
    [speaker-topic] Aucune déclaration de { $speakers } sur { $topics } { $stances }.
   *[none] Aucune déclaration { $stances }.
}
# The search words emptied the result. $words: the words (search-word),
# joined with list-or; $stances: emptied-stance-clause phrases, joined
# with list-or;
# $with: which other choices the sentence names.
emptied-has-words = { $with ->
    [speaker] Aucune déclaration de { $speakers } ne contient { $words }.
    [topic] Aucune déclaration sur { $topics } ne contient { $words }.
    [stance] Aucune déclaration qui { $stances } ne contient { $words }.
    [speaker-topic] Aucune déclaration de { $speakers } sur { $topics } ne contient { $words }.
    [speaker-stance] Aucune déclaration de { $speakers } qui { $stances } ne contient { $words }.
    [topic-stance] Aucune déclaration sur { $topics } qui { $stances } ne contient { $words }.
    [speaker-topic-stance] Aucune déclaration de { $speakers } sur { $topics } qui { $stances } ne contient { $words }.
   *[none] Aucune déclaration ne contient { $words }.
}
