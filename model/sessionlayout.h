// SPDX-License-Identifier: GPL-3.0-or-later
// How a session schedule is laid out for reading: rows of users grouped when there are more than
// can be read, their labels, and the schedule as a table of segments for CSV export. Chart math
// without drawing (style.md habit 5); the timeline chart only moves these into QCustomPlot.
#pragma once

#include "session.h"

#include <string>
#include <vector>

namespace kvscope::model {

/// The most user rows the timeline labels one by one; beyond it, users are labelled in groups.
inline constexpr int kTimelineLabelledRows = 24;

/// Consecutive users (0-based, inclusive) labelled as one row of the timeline.
struct UserGroup
{
    int first = 0;
    int last = 0;

    /// "user 3" or "users 1–13", 1-based as the window counts.
    std::string label() const;
    bool operator==(const UserGroup &) const = default;
};

/// One group per user when `users` <= `maxGroups`, else groups of consecutive users of the
/// smallest size 1, 2 or 5 times a power of ten that needs at most `maxGroups` (the last group may
/// be shorter): 300 users in 15 groups of 20.
std::vector<UserGroup> userGroups(int users, int maxGroups = kTimelineLabelledRows);

/// Every segment as a CSV table: the server row first (user "server"), then each user's row in
/// arrival order. Columns: row, start [s], end [s], kind, bound, batch, steps. Numbers as
/// formatPlain (%.15g). An infeasible schedule gives the header and a comment line with the reason.
std::string sessionSegmentsCsv(const SessionSchedule &schedule);

} // namespace kvscope::model
