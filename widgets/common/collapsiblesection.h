// SPDX-License-Identifier: GPL-3.0-or-later
// A titled group of controls that folds away behind a header button, for the secondary controls.
#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace kvscope::widgets {

class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    explicit CollapsibleSection(const QString &title, QWidget *parent = nullptr);

    /// Adds a row to the section's body.
    void addWidget(QWidget *widget);
    bool isExpanded() const;
    QToolButton *header() const { return m_header; }

public slots:
    void setExpanded(bool expanded);

signals:
    void expandedChanged(bool expanded);

private:
    QToolButton *m_header = nullptr;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
};

} // namespace kvscope::widgets
