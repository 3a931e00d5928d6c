// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldstyle.h"

#include "theme.h"

#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace kvscope::widgets {

namespace {

class WindowStyle : public QProxyStyle
{
public:
    WindowStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_FrameLineEdit || !isDarkPalette(option->palette))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(option->state & State_HasFocus
                            ? option->palette.color(QPalette::Highlight)
                            : option->palette.color(QPalette::PlaceholderText));
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
    }
};

} // namespace

QStyle *createWindowStyle()
{
    return new WindowStyle;
}

} // namespace kvscope::widgets
