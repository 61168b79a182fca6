# METADATA
# title: Retention period missing
# description: |
#   Every processing activity must say how long its data is kept or, when no
#   fixed period is possible, the criteria that decide it. An activity that is
#   silent on retention leaves people unable to know when their data goes.
# related_resources:
#   - description: GDPR Art. 13(2)(a) and 14(2)(a)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: Article 29 Working Party, Guidelines on transparency (WP260 rev.01)
#     ref: https://ec.europa.eu/newsroom/article29/items/622227
# custom:
#   id: retention-missing
#   severity: error
#   references:
#     - GDPR Art. 13(2)(a)
#     - GDPR Art. 14(2)(a)
#   fix: |
#     Give retention a period (an ISO 8601 duration such as P7Y with the event it
#     runs from) or concrete criteria, for each activity.
#   examples:
#     avoid: |
#       activities:
#         - name: Newsletter
#           purposes:
#             - description: Sending our monthly newsletter
#               legal_bases: [consent]
#     prefer: |
#       activities:
#         - name: Newsletter
#           purposes:
#             - description: Sending our monthly newsletter
#               legal_bases: [consent]
#           retention:
#             criteria: Until you unsubscribe; your address then leaves the mailing list at once.
# scope: package
package noticelint.rules.retention.retention_missing

import data.noticelint.lib.text

report contains {
	"message": $"Activity \"{input.notice.activities[i].name}\" does not say how long its data is kept or by which criteria.",
	"pointer": $"/activities/{i}",
} if {
	some i in _undescribed
}

# _undescribed holds the indexes of the activities that give no retention
# period, criteria or statement. An activity without any retention is
# settled by one cheap test, without calling _described.
_undescribed contains i if {
	some i, activity in input.notice.activities
	not activity.retention
}

_undescribed contains i if {
	some i, activity in input.notice.activities
	retention := activity.retention
	not retention.period
	not _described(retention)
}

# _described holds for a retention that gives criteria or a statement; one
# that is not an object gives neither.
_described(retention) if not text.blank(object.get(retention, "criteria", ""))

_described(retention) if not text.blank(object.get(retention, "statement", ""))
