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
# scope: package
package noticelint.rules.transparency.repealed_law

import data.noticelint.facts
import data.noticelint.lib.notice
import data.noticelint.lib.result
import data.noticelint.lib.text

report contains result.fail(
	$"The notice cites \"{_cut(law.citation)}\": {repealed.title}, repealed on {repealed.repealed_on} and replaced by {repealed.replaced_by}.",
	$"/laws/{i}",
) if {
	some i, law in input.notice.laws
	some repealed in facts.repealed_laws.laws
	repealed.repealed_on <= notice.as_of
	_cites(law, repealed.phrases)
}

_cites(law, phrases) if text.contains_any(law.citation, phrases)

_cites(law, phrases) if text.contains_any(law.identifier, phrases)

# _cut keeps a long citation readable.
_cut(s) := s if count(s) <= 60

_cut(s) := concat("", [substring(s, 0, 57), "..."]) if count(s) > 60
