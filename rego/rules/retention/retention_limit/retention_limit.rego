# METADATA
# title: Camera images kept longer than national law allows
# description: |
#   Several member states cap how long camera surveillance images may be kept:
#   one month under the Belgian Camera Act, one month in France under the
#   internal security code and CNIL guidance, four weeks under the Dutch
#   authority's guidance. A camera activity whose retention period exceeds
#   the cap where the cameras are breaks that rule and the GDPR's storage
#   limitation. Longer retention is allowed only for images that evidence an
#   incident, which belongs in retention.exception, not in the period.
# related_resources:
#   - description: GDPR Art. 5(1)(e), storage limitation
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   - description: Belgian Data Protection Authority, retention of camera images (one month, three months for places designated by Royal Decree)
#     ref: https://www.autoriteprotectiondonnees.be/le-delai-de-conservation-des-images
#   - description: Dutch Autoriteit Persoonsgegevens, camera surveillance guidance (four weeks)
#     ref: https://www.autoriteitpersoonsgegevens.nl/en/node/4190
#   - description: Kamerstuk 29 440 nr. 16, municipal cameras under Gemeentewet art. 151c (at most four weeks)
#     ref: https://zoek.officielebekendmakingen.nl/kst-29440-16.html
# custom:
#   id: retention-limit
#   severity: error
#   references:
#     - GDPR Art. 5(1)(e)
#     - BE Camera Act (Act of 21 March 2007)
#     - FR Code de la sécurité intérieure and CNIL guidance
#     - NL Autoriteit Persoonsgegevens guidance; Gemeentewet art. 151c
#   fix: |
#     Shorten retention.period to the national maximum (P1M in Belgium and
#     France, P4W in the Netherlands) and describe in retention.exception when
#     images that evidence an incident are kept longer. In Belgium, three months
#     is allowed only for places designated by the Royal Decree of 6 December
#     2018; if the cameras are in such a place, say so and keep this finding as
#     reviewed.
#   examples:
#     avoid: |
#       activities:
#         - name: Camera surveillance
#           video_surveillance:
#             country: BE
#             location: The shop floor and the entrance
#           retention:
#             period: P3M
#     prefer: |
#       activities:
#         - name: Camera surveillance
#           video_surveillance:
#             country: BE
#             location: The shop floor and the entrance
#           retention:
#             period: P1M
#             exception: Images of an incident are kept until the incident is resolved.
# scope: package
package noticelint.rules.retention.retention_limit

import data.noticelint.facts
import data.noticelint.lib.duration
import data.noticelint.lib.notice

report contains {
	"message": $"Activity \"{activity.name}\" keeps camera images for {period}, longer than the maximum of {limit.max} ({limit.max_days} days) for cameras in {_country_name(country)}.",
	"pointer": $"/activities/{i}/retention/period",
} if {
	some i, activity in input.notice.activities
	activity.video_surveillance
	period := activity.retention.period
	country := _camera_country(activity.video_surveillance)
	limit := facts.camera_retention.countries[country]
	duration.days(period) > limit.max_days
}

# Where the cameras are: the activity says so, else the controller's country.
_camera_country(video) := video.country

_camera_country(video) := notice.controller_country if not video.country

_country_name(code) := $"{facts.eea.members[code].name} ({code})" if {
	facts.eea.members[code].name
} else := code
