# METADATA
# title: Recipients not disclosed
# description: |
#   A notice must name the recipients of the data or, at least, categories
#   specific enough to tell people who gets it. A recipient with no name and
#   no category, or only a catch-all such as "third parties" or "partners",
#   tells them nothing. A notice that shares data, through transfers or
#   third-party cookies, but lists no recipient at all hides who receives it.
# related_resources:
#   - description: GDPR Art. 13(1)(e), the recipients or categories of recipients
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 14(1)(e), the same for data obtained from other sources
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14
#   - description: Article 29 Working Party, Guidelines on transparency (WP260 rev.01)
#     ref: https://ec.europa.eu/newsroom/article29/items/622227
#   - description: CJEU C-154/21, Österreichische Post (the identity of recipients)
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-154/21
# custom:
#   id: recipients-undisclosed
#   severity: warning
#   references:
#     - GDPR Art. 13(1)(e)
#     - GDPR Art. 14(1)(e)
#     - WP260 rev.01
#     - CJEU C-154/21
#   fix: |
#     Name each recipient (recipients[].name), or give a category specific
#     enough to tell who it is, such as "parcel delivery companies" or "our
#     accountant", with the countries where it processes the data. List the
#     recipients of transferred data and of third-party cookies too.
#   examples:
#     avoid: |
#       recipients:
#         - category: third parties and partners
#     prefer: |
#       recipients:
#         - name: Pakket Voorbeeld NV
#           role: processor
#           countries: [BE]
#           purpose: Delivering your parcels
#         - category: IT companies that host our web shop
#           role: processor
#           countries: [BE, NL]
# scope: package
package noticelint.rules.recipients.recipients_undisclosed

import data.noticelint.facts
import data.noticelint.lib.disclosure
import data.noticelint.lib.text

# A recipient with no name, and no category or only a catch-all one: first
# those of the whole notice, then those of each activity. Names and pointers
# are built in the heads, only for the recipients that fire. The name test is
# text.blank written out, as most recipients stop there and a call to a
# function for each of them costs more than the test.
report contains {"message": _vague_message(r, disclosure.recipient(r)), "pointer": $"/recipients/{i}"} if {
	some i, r in input.notice.recipients
	trim_space(object.get(r, "name", "")) == ""
	_generic(object.get(r, "category", ""))
}

report contains {
	"message": _vague_message(r, $"{disclosure.recipient(r)} of activity \"{activity.name}\""),
	"pointer": $"/activities/{i}/recipients/{j}",
} if {
	some i, activity in input.notice.activities
	some j, r in activity.recipients
	trim_space(object.get(r, "name", "")) == ""
	_generic(object.get(r, "category", ""))
}

# Data is shared, but no recipient is listed anywhere.
report contains {
	"message": $"The notice {evidence}, but lists no recipients: name them or give specific categories.",
	"pointer": pointer,
} if {
	not _any_recipient
	[pointer, evidence] := _sharing
}

_any_recipient if some _ in input.notice.recipients

_any_recipient if {
	some activity in input.notice.activities
	some _ in activity.recipients
}

_vague_message(r, label) := $"{label} has neither a name nor a category: name the recipient or give a specific category." if {
	text.blank(object.get(r, "category", ""))
} else := $"{label} does not say who receives the data: name the recipients or give a specific category."

# _generic holds for a category that is blank or made only of the catch-all
# words in the vocabulary and the joiners below, in any case, between any
# punctuation: "Partners & other third parties" is generic.
_generic(category) if {
	not _opens_specific(category)
	count(_words(category) - _catch_all_words) == 0
}

# _opens_specific holds when the first word of category is not a catch-all
# word, which settles most categories without splitting them.
_opens_specific(category) if {
	some m in regex.find_all_string_submatch_n(_word, lower(category), 1)
	not _catch_all_words[m[0]]
}

# The words of the vocabulary's catch-all phrases are listed in the facts
# too, worked out once rather than in every evaluation.
_catch_all_words := {w | some w in facts.vocabulary.generic_recipient_words} | _joiners

# _words are the lower-case words of s, which white space and punctuation
# separate. One regular expression costs less than replacing each
# punctuation mark. It names its characters rather than using Unicode
# classes such as \pL, whose tables the WebAssembly build would compile
# again in every check.
_words(s) := {m[0] | some m in regex.find_all_string_submatch_n(_word, lower(s), -1)}

_word := `[^\s,;:.!?\-‐–—/\\()\[\]{}&+*'’"«»“”„<>|·•]+`

# Words that join or qualify catch-alls without making them specific.
_joiners := {
	"and", "or", "en", "of", "et", "ou", "und", "oder",
	"the", "de", "het", "les", "des", "la", "le", "die", "der",
	"our", "onze", "nos", "unsere",
	"other", "andere", "autres", "various", "diverse", "divers",
	"selected", "trusted", "external", "externe", "certain", "certaines", "bepaalde", "some",
	"services",
}

# The first sign that data is shared: a transfer, else a third-party cookie.
_sharing := ["/transfers/0", "transfers data outside the EEA"] if {
	count(input.notice.transfers) > 0
} else := [$"/cookies/{i}", $"lets third parties set cookies such as \"{input.notice.cookies[i].name}\""] if {
	i := min({i | some i, cookie in input.notice.cookies; cookie.party == "third"})
}
