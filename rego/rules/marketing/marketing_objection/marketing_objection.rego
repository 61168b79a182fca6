# METADATA
# title: Objection to direct marketing not unconditional
# description: |
#   The right to object to processing for direct marketing, including related
#   profiling, is absolute: when the person objects, the processing for that
#   purpose must stop, without reasons, balancing or charge (Art. 21(2)-(3)).
#   The rule fires when an activity does direct marketing and the notice does
#   not offer an unconditional opt-out, or says that objecting to the activity
#   is excluded or subject to conditions.
# related_resources:
#   - description: GDPR Art. 21(2)-(3), the right to object to direct marketing
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_21
#   - description: GDPR Art. 13(2)(b), information on the right to object
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
# custom:
#   id: marketing-objection
#   severity: error
#   references:
#     - GDPR Art. 21(2)
#     - GDPR Art. 21(3)
#     - GDPR Art. 13(2)(b)
#   fix: |
#     Offer an opt-out from direct marketing at any time, free of charge and
#     without giving reasons (direct_marketing.opt_out: unconditional, with
#     opt_out_how such as an unsubscribe link in every message), and drop any
#     condition on objecting to the marketing activity.
#   examples:
#     avoid: |
#       activities:
#         - name: Newsletter
#           direct_marketing:
#             channels: [email]
#             opt_out: conditional
#             opt_out_how: Send us a signed letter stating your reasons.
#     prefer: |
#       activities:
#         - name: Newsletter
#           direct_marketing:
#             channels: [email]
#             opt_out: unconditional
#             opt_out_how: Click the unsubscribe link in any newsletter; it is free and needs no reason.
# scope: package
package noticelint.rules.marketing.marketing_objection

_opt_out_problem := {
	"conditional": "attaches conditions to opting out",
	"none": "offers no way to opt out",
}

_objection_problem := {
	"conditional": "attaches conditions to objecting",
	"excluded": "excludes objection",
}

report contains {
	"message": $"The activity \"{activity.name}\" does direct marketing but does not say that people can opt out at any time, free of charge and without giving reasons.",
	"pointer": $"/activities/{i}/direct_marketing",
} if {
	some i, activity in input.notice.activities
	marketing := activity.direct_marketing
	not marketing.opt_out
}

report contains {
	"message": $"The activity \"{activity.name}\" does direct marketing but {_opt_out_problem[marketing.opt_out]}, although the right to object to direct marketing is absolute.",
	"pointer": $"/activities/{i}/direct_marketing/opt_out",
} if {
	some i, activity in input.notice.activities
	marketing := activity.direct_marketing
	marketing.opt_out != "unconditional"
}

# A problem with objection is rarer than direct marketing and cheaper to look
# up (in the object bound before the loop), so it is tested first.
report contains {
	"message": $"The activity \"{activity.name}\" does direct marketing but {problem}, although the right to object to direct marketing is absolute.",
	"pointer": $"/activities/{i}/objection/availability",
} if {
	problems := _objection_problem
	some i, activity in input.notice.activities
	problem := problems[activity.objection.availability]
	activity.direct_marketing
}
