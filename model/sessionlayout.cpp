// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlayout.h"

#include "units.h"

#include <algorithm>

namespace kvscope::model {

std::string UserGroup::label() const
{
    if (first == last)
        return "user " + std::to_string(first + 1);
    return "users " + std::to_string(first + 1) + "–" + std::to_string(last + 1);
}

std::vector<UserGroup> userGroups(int users, int maxGroups)
{
    std::vector<UserGroup> groups;
    if (users < 1)
        return groups;
    const int least = users <= maxGroups ? 1 : (users + maxGroups - 1) / std::max(1, maxGroups);
    // A round group size reads as a scale ("users 21–40"), not as arithmetic to check.
    int size = 1;
    for (int scale = 1; size < least; scale *= 10)
        for (const int step : {1, 2, 5}) {
            size = step * scale;
            if (size >= least)
                break;
        }
    for (int first = 0; first < users; first += size)
        groups.push_back({first, std::min(users, first + size) - 1});
    return groups;
}

namespace {

void appendRow(std::string &csv, const std::string &row, const SessionSegment &s)
{
    csv += row + ',' + formatPlain(s.start) + ',' + formatPlain(s.end) + ',' +
           segmentKindName(s.kind) + ',' + sessionResourceName(s.bound) + ',' +
           std::to_string(s.batch) + ',' + formatPlain(s.steps) + '\n';
}

} // namespace

std::string sessionSegmentsCsv(const SessionSchedule &schedule)
{
    std::string csv = "row,start [s],end [s],kind,bound,batch,steps\n";
    if (!schedule.feasible) {
        csv += "# not schedulable: " + schedule.reason + '\n';
        return csv;
    }
    for (const SessionSegment &s : schedule.server)
        appendRow(csv, "server", s);
    for (std::size_t u = 0; u < schedule.users.size(); ++u)
        for (const SessionSegment &s : schedule.users[u].segments)
            appendRow(csv, "user " + std::to_string(u + 1), s);
    return csv;
}

} // namespace kvscope::model
