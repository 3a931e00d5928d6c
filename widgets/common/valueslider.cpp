// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueslider.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAccessibleWidget>

#include <mutex>

namespace kvscope::widgets {

namespace {

/// Qt's own slider interface reports the position; this one reports the value text and keeps
/// the position for the value interface that moves it.
class AccessibleValueSlider : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit AccessibleValueSlider(ValueSlider *slider)
        : QAccessibleWidget(slider, QAccessible::Slider)
    {}

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text type) const override
    {
        if (type == QAccessible::Value)
            return slider()->valueText();
        return QAccessibleWidget::text(type);
    }

    QVariant currentValue() const override { return slider()->value(); }
    void setCurrentValue(const QVariant &value) override { slider()->setValue(value.toInt()); }
    QVariant maximumValue() const override { return slider()->maximum(); }
    QVariant minimumValue() const override { return slider()->minimum(); }
    QVariant minimumStepSize() const override { return slider()->singleStep(); }

private:
    ValueSlider *slider() const { return static_cast<ValueSlider *>(object()); }
};

QAccessibleInterface *accessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(ValueSlider::staticMetaObject.className()) && object &&
        object->isWidgetType())
        return new AccessibleValueSlider(static_cast<ValueSlider *>(object));
    return nullptr;
}

} // namespace

ValueSlider::ValueSlider(Qt::Orientation orientation, QWidget *parent)
    : QSlider(orientation, parent)
{
    static std::once_flag installed;
    std::call_once(installed, [] { QAccessible::installFactory(accessibleFactory); });
}

void ValueSlider::setValueText(const QString &text)
{
    if (text == m_valueText)
        return;
    m_valueText = text;
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, value());
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace kvscope::widgets
