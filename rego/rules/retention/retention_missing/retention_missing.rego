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
# scope: package
package noticelint.rules.retention.retention_missing

import data.noticelint.lib.result
import data.noticelint.lib.text

report contains result.fail(
	$"Activity \"{activity.name}\" does not say how long its data is kept or by which criteria.",
	$"/activities/{i}",
) if {
	some i, activity in input.notice.activities
	not _has_retention(activity)
}

_has_retention(activity) if activity.retention.period

_has_retention(activity) if not text.blank(object.get(activity.retention, "criteria", ""))

_has_retention(activity) if not text.blank(object.get(activity.retention, "statement", ""))
