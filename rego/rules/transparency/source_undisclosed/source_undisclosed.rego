# METADATA
# title: Source of the data not disclosed
# description: |
#   When personal data is obtained from someone other than the person, the
#   notice must say where it comes from and whether the source is publicly
#   accessible (Art. 14(2)(f)). Where several sources make naming each one
#   impossible, the notice must at least describe their nature (Recital 61). The
#   rule fires when the notice says data comes from other sources but no
#   activity names or describes a source, and for each listed source that has
#   neither a name nor a description.
# related_resources:
#   - description: GDPR Art. 14(2)(f), the source of the data and whether it is publicly accessible
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14
#   - description: GDPR Recital 61, general information on sources when the origin cannot be given
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#rct_61
#   - description: Article 29 Working Party, Guidelines on transparency (WP260 rev.01), on sources
#     ref: https://ec.europa.eu/newsroom/article29/items/622227
# custom:
#   id: source-undisclosed
#   severity: error
#   references:
#     - GDPR Art. 14(2)(f)
#     - GDPR Art. 14(1)(d)
#   fix: |
#     List the sources under each activity that receives data from them, with a
#     name (such as "Graydon Belgium NV") or, when it cannot be named, a
#     description of the kind of source (such as "public company registers"),
#     and say whether the source is public.
#   examples:
#     avoid: |
#       collected_from: [other_sources]
#       activities:
#         - name: Business prospecting
#           data_categories: [Company name, Name and function of the manager]
#     prefer: |
#       collected_from: [other_sources]
#       activities:
#         - name: Business prospecting
#           data_categories: [Company name, Name and function of the manager]
#           sources:
#             - name: Crossroads Bank for Enterprises (KBO/BCE)
#               public: true
# scope: package
package noticelint.rules.transparency.source_undisclosed

import data.noticelint.lib.text

report contains {
	"message": "The notice says data is obtained from other sources but does not name or describe any of them.",
	"pointer": "/collected_from",
} if {
	"other_sources" in input.notice.collected_from
	not _any_source_disclosed
}

report contains {
	"message": $"A source of the activity \"{activity.name}\" has neither a name nor a description.",
	"pointer": $"/activities/{i}/sources/{k}",
} if {
	some i, activity in input.notice.activities
	some k, source in activity.sources
	not _disclosed(source)
}

_any_source_disclosed if {
	some activity in input.notice.activities
	some source in activity.sources
	_disclosed(source)
}

_disclosed(source) if not text.blank(source.name)

_disclosed(source) if not text.blank(source.description)
