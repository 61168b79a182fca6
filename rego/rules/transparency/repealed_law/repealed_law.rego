# METADATA
# title: Notice cites a repealed law
# description: |
#   A notice that still relies on a repealed law, such as Directive 95/46/EC,
#   the Belgian Privacy Act of 8 December 1992 or the Dutch Wbp, misleads
#   readers about the rules that protect them and signals a notice that was
#   not updated for the GDPR. A citation matches when, lower-cased, it contains
#   one of the phrases listed for the law in facts/repealed_laws.json and the
#   law was repealed on or before the date the notice is judged at.
# related_resources:
#   - description: GDPR Art. 94, repeal of Directive 95/46/EC with effect from 25 May 2018
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_94
#   - description: Directive 95/46/EC (repealed)
#     ref: https://eur-lex.europa.eu/eli/dir/1995/46/oj
#   - description: GDPR Art. 12(1), transparent and intelligible information
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
# custom:
#   id: repealed-law
#   severity: warning
#   references:
#     - GDPR Art. 94
#     - GDPR Art. 12(1)
#     - Belgian Act of 30 July 2018
#     - Dutch Uitvoeringswet AVG
#   fix: |
#     Replace the citation with the law in force: the GDPR (Regulation (EU)
#     2016/679) and the national implementing act, such as the Belgian Act of
#     30 July 2018 or the Dutch UAVG.
#   examples:
#     avoid: |
#       laws:
#         - citation: Wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer
#     prefer: |
#       laws:
#         - citation: Regulation (EU) 2016/679 (General Data Protection Regulation)
#         - citation: Wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens
# scope: package
package noticelint.rules.transparency.repealed_law

import data.noticelint.facts
import data.noticelint.lib.notice

report contains {
	"message": $"The notice cites \"{_cut(law.citation)}\": {repealed.title}, repealed on {repealed.repealed_on} and replaced by {repealed.replaced_by}.",
	"pointer": $"/laws/{i}",
} if {
	_any_cited
	some i, law in input.notice.laws
	some field in ["citation", "identifier"]
	written := lower(law[field])
	some repealed in facts.repealed_laws.laws
	repealed.repealed_on <= notice.as_of
	some phrase in repealed.phrases
	contains(written, phrase)
}

# _any_cited holds when some citation or identifier contains a phrase of a
# law repealed by the date the notice is judged at: one scan of all the
# laws' text, which spares matching each law against each phrase in the usual
# notice that cites no repealed law. Phrases have no line break, so none
# matches across two texts.
_any_cited if {
	written := concat("\n", [lower(law[field]) | some law in input.notice.laws; some field in ["citation", "identifier"]])
	some repealed in facts.repealed_laws.laws
	repealed.repealed_on <= notice.as_of
	some phrase in repealed.phrases
	contains(written, phrase)
}

# _cut keeps a long citation readable.
_cut(s) := s if count(s) <= 60

_cut(s) := concat("", [substring(s, 0, 57), "..."]) if count(s) > 60
