using SkiaSharp;

namespace Pixfra.Rma.Testing.Evidence;

/// <summary>
/// Paints the synthetic label-like scenes. Everything is placed in logical 1600×1200 units and scaled to the output,
/// and the "noise texture" (paper grain, speckles on the housing) is a fixed, seeded set of small marks, so a scene
/// is the same picture at 640×480 and at 4000×3000 — only the number of pixels differs, as with a real camera.
/// </summary>
public static class ScenePainter
{
    public const float LogicalWidth = 1600;
    public const float LogicalHeight = 1200;

    public static void Paint(SKCanvas canvas, Scene scene, int width, int height)
    {
        canvas.Save();
        canvas.Scale(width / LogicalWidth, height / LogicalHeight);
        switch (scene)
        {
            case Scene.Label:
                Table(canvas);
                Housing(canvas, new SKRect(40, 60, 1560, 1140));
                Label(canvas, new SKRect(260, 220, 1340, 900), seed: 11);
                break;
            case Scene.Appearance:
                Table(canvas);
                Housing(canvas, new SKRect(260, 260, 1340, 980));
                Label(canvas, new SKRect(820, 620, 1180, 860), seed: 12);
                break;
            case Scene.Document:
                Table(canvas);
                Page(canvas, new SKRect(220, 40, 1380, 1160), seed: 13);
                break;
        }

        canvas.Restore();
    }

    private static void Table(SKCanvas canvas)
    {
        using var shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(LogicalWidth, LogicalHeight),
            [new SKColor(196, 186, 170), new SKColor(150, 140, 126)], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, LogicalWidth, LogicalHeight, paint);
        Speckle(canvas, new SKRect(0, 0, LogicalWidth, LogicalHeight), count: 1500, seed: 1, new SKColor(120, 110, 96), 1.5f);
    }

    private static void Housing(SKCanvas canvas, SKRect body)
    {
        using var shadow = new SKPaint { Color = new SKColor(0, 0, 0, 70), IsAntialias = true };
        canvas.DrawRoundRect(new SKRoundRect(new SKRect(body.Left + 18, body.Top + 22, body.Right + 18, body.Bottom + 22), 40), shadow);
        using var housing = new SKPaint { Color = new SKColor(58, 61, 66), IsAntialias = true };
        canvas.DrawRoundRect(new SKRoundRect(body, 40), housing);
        using var edge = new SKPaint { Color = new SKColor(110, 114, 120), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 6 };
        canvas.DrawRoundRect(new SKRoundRect(body, 40), edge);
        using var vent = new SKPaint { Color = new SKColor(22, 23, 25), IsAntialias = true };
        for (var i = 0; i < 9; i++)
        {
            canvas.DrawRoundRect(new SKRoundRect(new SKRect(body.Left + 50, body.Top + 60 + (i * 40), body.Left + 190, body.Top + 78 + (i * 40)), 8), vent);
        }

        using var screw = new SKPaint { Color = new SKColor(150, 152, 156), IsAntialias = true };
        foreach (var (x, y) in new[] { (body.Left + 30, body.Top + 30), (body.Right - 30, body.Top + 30), (body.Left + 30, body.Bottom - 30), (body.Right - 30, body.Bottom - 30) })
        {
            canvas.DrawCircle(x, y, 12, screw);
            canvas.DrawRect(x - 9, y - 2, 18, 4, vent);
        }

        Speckle(canvas, body, count: 1200, seed: 2, new SKColor(80, 84, 90), 1.2f);
    }

    private static void Label(SKCanvas canvas, SKRect label, int seed)
    {
        using var paper = new SKPaint { Color = new SKColor(246, 244, 238), IsAntialias = true };
        canvas.DrawRect(label, paper);
        Speckle(canvas, label, count: (int)(label.Width * label.Height / 400), seed, new SKColor(214, 210, 200), 1.2f);
        using var ink = new SKPaint { Color = new SKColor(20, 20, 24), IsAntialias = true };
        using var frame = new SKPaint { Color = ink.Color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = label.Width / 250 };
        canvas.DrawRect(SKRect.Inflate(label, -label.Width / 40, -label.Width / 40), frame);

        // Text sized in proportion to the label, like a real rating plate: on the close-up the serial number's
        // characters are 24 logical units tall (2% of the frame, 10 px at 640×480): legible when sharp, and a smear
        // once blurred by 6 px at 1600 wide.
        var unit = label.Width / 1080;
        var x = label.Left + (60 * unit);
        BlockFont.Draw(canvas, "PIXFRA", x, label.Top + (50 * unit), 10 * unit, ink);
        BlockFont.Draw(canvas, "MODEL: PX-T640 THERMAL IMAGING CORE", x, label.Top + (150 * unit), 3.5f * unit, ink);
        BlockFont.Draw(canvas, "SN: PX2611A04417", x, label.Top + (195 * unit), 3.5f * unit, ink);
        BlockFont.Draw(canvas, "PN: 1002-3391-02", x, label.Top + (240 * unit), 3.5f * unit, ink);
        BlockFont.Draw(canvas, "12V 1.5A  MADE IN CHINA  2026/03  IP67", x, label.Top + (285 * unit), 3 * unit, ink);
        BlockFont.Draw(canvas, "WARRANTY VOID IF LABEL REMOVED", x, label.Top + (320 * unit), 3 * unit, ink);
        Barcode(canvas, new SKRect(x, label.Top + (380 * unit), label.Right - (60 * unit), label.Top + (540 * unit)), seed, ink);
        BlockFont.Draw(canvas, "PX2611A04417", x + (200 * unit), label.Top + (560 * unit), 3 * unit, ink);
    }

    private static void Barcode(SKCanvas canvas, SKRect area, int seed, SKPaint ink)
    {
        var random = new Random(seed);
        var module = area.Width / 190;
        var x = area.Left;
        while (x < area.Right - (4 * module))
        {
            var bar = module * random.Next(1, 4);
            canvas.DrawRect(x, area.Top, bar, area.Height, ink);
            x += bar + (module * random.Next(1, 4));
        }
    }

    private static void Page(SKCanvas canvas, SKRect page, int seed)
    {
        using var paper = new SKPaint { Color = new SKColor(250, 250, 247), IsAntialias = true };
        canvas.DrawRect(page, paper);
        Speckle(canvas, page, count: 2500, seed, new SKColor(222, 222, 216), 1.2f);
        using var ink = new SKPaint { Color = new SKColor(30, 30, 36), IsAntialias = true };
        var random = new Random(seed);
        BlockFont.Draw(canvas, "INVOICE 2026-11-0417", page.Left + 60, page.Top + 60, 8, ink);
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-/:";
        for (var line = 0; line < 24; line++)
        {
            var y = page.Top + 170 + (line * 38);
            var chars = new char[random.Next(18, 34)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            BlockFont.Draw(canvas, new string(chars), page.Left + 60, y, 3.5f, ink);
            if (line % 6 == 5)
            {
                canvas.DrawRect(page.Left + 60, y + 30, page.Width - 120, 2, ink);
            }
        }
    }

    /// <summary>Small round marks at seeded positions: grain that belongs to the scene, not to the pixels.</summary>
    private static void Speckle(SKCanvas canvas, SKRect area, int count, int seed, SKColor color, float radius)
    {
        var random = new Random(seed);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        for (var i = 0; i < count; i++)
        {
            var x = area.Left + ((float)random.NextDouble() * area.Width);
            var y = area.Top + ((float)random.NextDouble() * area.Height);
            canvas.DrawCircle(x, y, radius * (0.5f + (float)random.NextDouble()), paint);
        }
    }
}
