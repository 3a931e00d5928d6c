// SPDX-License-Identifier: GPL-3.0-or-later
// The controls above one column of the compare view: which preset the column shows, which of the
// shared values it pins to its own (each pinned value gets its own slider), and removing the
// column. It reports edits by signal and shows state pushed into it without emitting anything.
#pragma once

#include <QWidget>

#include <map>
#include <string>

class QComboBox;
class QToolButton;
class QVBoxLayout;

namespace kvscope::widgets {

class ParameterSlider;

/// One preset a column can show: `key` is what model::comparisonColumn takes (a built-in id or a
/// preset file), `label` what the picker shows.
struct CompareChoice
{
    QString key;
    QString label;
    QString group; ///< "Scenarios", "Hardware", "Models", "My presets"
};

class CompareColumnBar : public QWidget
{
    Q_OBJECT

public:
    CompareColumnBar(int index, const QList<CompareChoice> &choices, QWidget *parent = nullptr);

    QComboBox *picker() const { return m_picker; }
    QToolButton *pinButton() const { return m_pin; }
    QToolButton *removeButton() const { return m_remove; }
    QString choice() const;
    /// The slider of a pinned value; nullptr when the key is not pinned.
    ParameterSlider *pinnedSlider(const QString &key) const;

    void setChoices(const QList<CompareChoice> &choices);
    /// Shows `key`. A key that is none of the choices (a preset file outside the library, or
    /// one the library has not read yet) is listed on its own as `label`, the column's title.
    void setChoice(const QString &key, const QString &label = QString());
    /// Shows these pinned values (parameter units), one slider each.
    void setPinned(const std::map<std::string, double> &pinned);
    void setRemovable(bool on);

signals:
    void choicePicked(const QString &key);
    /// The user pinned a key (with the column's own value to start from) or unpinned it.
    void pinToggled(const QString &key, bool pinned);
    void pinnedEdited(const QString &key, double value);
    void removeRequested();

private:
    int m_index = 0;
    QString m_unlistedKey;
    QString m_unlistedLabel; ///< what m_unlistedKey is shown as
    QComboBox *m_picker = nullptr;
    QToolButton *m_pin = nullptr;
    QToolButton *m_remove = nullptr;
    QVBoxLayout *m_pinnedLayout = nullptr;
    std::map<QString, ParameterSlider *> m_sliders;
};

} // namespace kvscope::widgets
