# METADATA
# title: Response time for requests too long
# description: |
#   A controller must answer a data-subject request without undue delay and
#   at the latest within one month, extendable by two further months for
#   complex or numerous requests. A notice that promises a longer period
#   announces that requests will be answered too late.
# related_resources:
#   - description: GDPR Art. 12(3), one month, extendable by two further months
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
#   - description: EDPB Guidelines 01/2022 on data subject rights, right of access
#     ref: https://www.edpb.europa.eu/our-work-tools/documents/public-consultations/2022/guidelines-012022-data-subject-rights-right_en
# custom:
#   id: rights-deadline
#   severity: error
#   references:
#     - GDPR Art. 12(3)
#   fix: |
#     Promise an answer within one month at most (response_time: P1M) and, if
#     needed, reserve an extension of at most two further months for complex or
#     numerous requests (response_extension: P2M), telling the person of it
#     within the first month.
#   examples:
#     avoid: |
#       rights:
#         response_time: P3M
#     prefer: |
#       rights:
#         response_time: P1M
#         response_extension: P2M  # only for complex or numerous requests, and we tell you why
# scope: package
package noticelint.rules.rights.rights_deadline

import data.noticelint.lib.duration

report contains {
	"message": $"The response time {time} is longer than the one month within which a request must be answered.",
	"pointer": "/rights/response_time",
} if {
	time := input.notice.rights.response_time
	duration.days(time) > 30
}

report contains {"message": _extension_message(extension), "pointer": "/rights/response_extension"} if {
	extension := input.notice.rights.response_extension
	_extension_too_long(extension)
}

_extension_too_long(extension) if duration.days(extension) > 60

_extension_too_long(extension) if _time_days + duration.days(extension) > 90

default _time_days := 0

_time_days := duration.days(input.notice.rights.response_time)

_extension_message(extension) := $"The extension {extension} is longer than the two further months allowed for complex or numerous requests." if {
	duration.days(extension) > 60
} else := $"The response time {input.notice.rights.response_time} plus the extension {extension} is longer than the three months allowed at most."
