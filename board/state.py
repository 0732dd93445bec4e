"""The names of the dashboard's session-state entries, in one place.

Widget keys are also the URL's query parameters (a link reproduces the view); the other entries
carry what one run leaves for the next (playback, a pending date range, the applied brush).
"""
from __future__ import annotations

# Widgets (keys and URL parameters)
DATES = "dates"                  # the sidebar's date slider
DATE_FROM, DATE_TO = "date_from", "date_to"   # the typed dates beside it
ARTICLES = "articles"            # the sidebar's article picker
PUBLISHED = "published"          # the publication date of articles being added
TABLE_PAGE = "table_page"        # the table's page number
MAP, TIMELINE, FATALITIES, TABLE = "map", "timeline", "fatalities", "table"
PLAY_LENGTH, PLAY_STEP, PLAY_SECONDS, PLAY_CUMULATIVE = "play_length", "play_step_days", "play_seconds", "play_cumulative"

# Review widgets (board/review.py; per-event widgets are keyed by the event id)
REVIEWER, REVIEW_STATUS, REVIEW_EVENT = "reviewer", "review_status", "review_event"
UNKNOWN_PLACES, UNKNOWN_TABLE, PICK_MAP = "unknown_places", "unknown_table", "pick_map"
ADD_NAME, ADD_LAT, ADD_LON = "add_name", "add_lat", "add_lon"

# What one run leaves for the next
DATE_BOUNDS = "date_bounds"      # first and last day of any event
PENDING_DATES = "pending_dates"  # a date range to apply before the sidebar is drawn (brush, pause, end of play)
APPLIED_BOX = "applied_box"      # the timeline box already turned into dates
PLAYING = "playing"
PLAY_INDEX = "play_index"        # the step shown
PLAY_STEPPED_AT = "play_stepped_at"   # monotonic time of the last step; None right after Play
PLAY_WINDOW = "play_window"      # the window on screen
PLAY_PERIOD = "play_period"      # the first and last day a playback runs over
PLAY_TIMER = "play_timer"        # whether the view was set to rerun on a timer (Play and Pause change it)
ADD_MESSAGES = "add_messages"    # what the last upload said
SHOW_ARTICLES = "show_articles"  # article ids an upload added: the next run filters to them
ADD_PICKED = "add_picked"        # the point last clicked on the unknown-place map
BASE_MAP = "base_map"            # this session has been sent the map's background (board/opening.py)
FIRST_PAGE = "first_page"        # this session has had its chance of a first page drawn while the events are read
