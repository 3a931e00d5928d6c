// SPDX-License-Identifier: GPL-3.0-or-later
// A dialog for a custom accelerator: every figure of a hardware preset with its unit, each checked
// against the parameter table as it is typed (the message names the field and the value), and the
// derived ridge point of the bf16 roofline. It only collects a HardwareSpec; saving is the
// library's job.
#pragma once

#include "hardwarespec.h"

#include <QDialog>

#include <map>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kvscope::widgets {

class HardwareEditor : public QDialog
{
    Q_OBJECT

public:
    explicit HardwareEditor(model::HardwareSpec start, QWidget *parent = nullptr);

    /// The hardware as typed; meaningful when valid().
    model::HardwareSpec hardware() const { return m_hardware; }
    bool valid() const { return m_problem.isEmpty(); }
    /// What is wrong, naming the field and the value; empty when valid.
    QString problem() const { return m_problem; }
    /// The field of a parameter-table hardware key ("hbm-gbs"), or of "name" and "source".
    QLineEdit *field(const QString &key) const;
    QLabel *ridgeLabel() const { return m_ridge; }

private:
    void validate();

    model::HardwareSpec m_hardware;
    /// The hardware the editor started from: a figure that differs from its value no longer has
    /// its datasheet source.
    model::HardwareSpec m_start;
    std::map<QString, QLineEdit *> m_fields;
    QLabel *m_ridge = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
};

} // namespace kvscope::widgets
