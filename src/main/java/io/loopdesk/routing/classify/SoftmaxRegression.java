package io.loopdesk.routing.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial logistic regression over sentence vectors: a weight vector per label, trained by full-batch gradient
 * descent with L2 regularisation. Small enough to write out (the libraries that offer it are GPL-licensed or bring a
 * framework), and a few hundred examples of 512 dimensions train in about a second.
 *
 * <p>Immutable once trained and thread-safe.
 */
final class SoftmaxRegression {

    private final List<String> labels;
    private final double[][] weights;
    private final double[] bias;

    private SoftmaxRegression(List<String> labels, double[][] weights, double[] bias) {
        this.labels = labels;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * The regularisation, step and number of passes, chosen on the development texts (the shipped examples and two
     * thirds of the demo problems and rephrasings learned, the last third asked): weaker regularisation and more
     * passes placed more of them right and fewer in review, up to where the figures stopped moving.
     */
    static final double L2 = 1e-5;

    static final double RATE = 50;
    static final int EPOCHS = 1_000;

    /** Trains on {@code vectors} labelled {@code labels} (same order, at least one). */
    static SoftmaxRegression train(List<float[]> vectors, List<String> labels) {
        return train(vectors, labels, L2, EPOCHS, RATE);
    }

    static SoftmaxRegression train(List<float[]> vectors, List<String> labels, double l2, int epochs, double rate) {
        if (vectors.isEmpty() || vectors.size() != labels.size()) {
            throw new IllegalArgumentException("Training needs as many labels as vectors, and at least one: "
                    + vectors.size() + " vectors, " + labels.size() + " labels");
        }
        List<String> distinct = labels.stream().distinct().sorted().toList();
        Map<String, Integer> index = new LinkedHashMap<>();
        distinct.forEach(l -> index.put(l, index.size()));
        int classes = distinct.size();
        int dimensions = vectors.getFirst().length;
        int n = vectors.size();
        double[][] w = new double[classes][dimensions];
        double[] b = new double[classes];
        int[] y = labels.stream().mapToInt(index::get).toArray();
        double[] p = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            double[][] gw = new double[classes][dimensions];
            double[] gb = new double[classes];
            for (int i = 0; i < n; i++) {
                float[] x = vectors.get(i);
                probabilities(w, b, x, p);
                for (int c = 0; c < classes; c++) {
                    double error = p[c] - (y[i] == c ? 1 : 0);
                    gb[c] += error;
                    double[] g = gw[c];
                    for (int d = 0; d < dimensions; d++) {
                        g[d] += error * x[d];
                    }
                }
            }
            for (int c = 0; c < classes; c++) {
                b[c] -= rate * gb[c] / n;
                for (int d = 0; d < dimensions; d++) {
                    w[c][d] -= rate * (gw[c][d] / n + l2 * w[c][d]);
                }
            }
        }
        return new SoftmaxRegression(distinct, w, b);
    }

    /** Each label's probability for {@code vector}. */
    Map<String, Double> probabilities(float[] vector) {
        double[] p = new double[labels.size()];
        probabilities(weights, bias, vector, p);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int c = 0; c < p.length; c++) {
            probabilities.put(labels.get(c), p[c]);
        }
        return probabilities;
    }

    private static void probabilities(double[][] w, double[] b, float[] x, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double s = b[c];
            double[] wc = w[c];
            for (int d = 0; d < x.length; d++) {
                s += wc[d] * x[d];
            }
            p[c] = s;
            max = Math.max(max, s);
        }
        double total = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(p[c] - max);
            total += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= total;
        }
    }
}
