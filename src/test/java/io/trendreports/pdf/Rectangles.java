package io.trendreports.pdf;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** Counts the vector rectangles a page fills in given colours: the bars and swatches of a chart. */
final class Rectangles extends PDFGraphicsStreamEngine {

    private final Color[] colors;
    private int pendingRectangles;
    private int count;

    private Rectangles(PDPage page, Color[] colors) {
        super(page);
        this.colors = colors;
    }

    static int filled(PDPage page, Color... colors) throws IOException {
        Rectangles engine = new Rectangles(page, colors);
        engine.processPage(page);
        return engine.count;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        pendingRectangles++;
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
        Color fill = new Color(Math.round(rgb[0] * 255), Math.round(rgb[1] * 255), Math.round(rgb[2] * 255));
        if (Arrays.asList(colors).contains(fill)) {
            count += pendingRectangles;
        }
        pendingRectangles = 0;
    }

    @Override
    public void strokePath() {
        pendingRectangles = 0;
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
    }

    @Override
    public void endPath() {
        pendingRectangles = 0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
