# METADATA
# title: Data-subject rights incomplete
# description: |
#   A notice must tell people of their rights of access, rectification,
#   erasure, restriction and objection, and of data portability where the
#   processing rests on consent or a contract. A right left out is a right
#   people will not know they can use.
# related_resources:
#   - description: GDPR Art. 13(2)(b) and 14(2)(c), the rights a notice must state
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 20(1), when the right to data portability applies
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_20
#   - description: EDPB Guidelines 01/2022 on data subject rights, right of access
#     ref: https://www.edpb.europa.eu/our-work-tools/documents/public-consultations/2022/guidelines-012022-data-subject-rights-right_en
# custom:
#   id: rights-incomplete
#   severity: error
#   references:
#     - GDPR Art. 13(2)(b)
#     - GDPR Art. 14(2)(c)
#     - GDPR Art. 20(1)
#   fix: |
#     State every missing right in the rights section (rights.stated): access,
#     rectification, erasure, restriction and objection, and portability when
#     any purpose relies on consent or a contract.
#   examples:
#     avoid: |
#       rights:
#         stated: [access, rectification]
#     prefer: |
#       rights:
#         stated: [access, rectification, erasure, restriction, portability, objection]
# scope: package
package noticelint.rules.rights.rights_incomplete

import data.noticelint.lib.notice

# _labels holds the rights every notice must state, in the order of the GDPR.
_labels := [
	["access", "the right of access (Art. 15)"],
	["rectification", "the right to rectification (Art. 16)"],
	["erasure", "the right to erasure (Art. 17)"],
	["restriction", "the right to restriction of processing (Art. 18)"],
	["portability", "the right to data portability (Art. 20)"],
	["objection", "the right to object (Art. 21)"],
]

_always := {"access", "rectification", "erasure", "restriction", "objection"}

# Art. 20(1)(a): portability applies to processing based on consent or a contract.
_portability_applies if notice.relies_on("consent")

_portability_applies if notice.relies_on("contract")

_required contains right if some right in _always

_required contains "portability" if _portability_applies

_stated contains right if some right in input.notice.rights.stated

# A right the notice states needs no further look, so the purposes are only
# scanned for portability when it is missing.
_missing := [label |
	stated := _stated
	some [right, label] in _labels
	not right in stated
	right in _required
]

report contains {"message": $"The notice does not state {_join(_missing)}.", "pointer": _pointer} if count(_missing) > 0

# _pointer is the list of stated rights, else the rights section, else the root.
_pointer := "/rights/stated" if {
	input.notice.rights.stated
} else := "/rights" if {
	input.notice.rights
} else := ""

_join(xs) := xs[0] if count(xs) == 1

_join(xs) := concat(" and ", [concat(", ", array.slice(xs, 0, count(xs) - 1)), xs[count(xs) - 1]]) if count(xs) > 1
