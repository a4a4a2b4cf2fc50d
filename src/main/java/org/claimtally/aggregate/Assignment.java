package org.claimtally.aggregate;

import java.util.Arrays;

/**
 * Maximum-weight assignment of rows to columns (Hungarian algorithm, O(n²m)), so each fact
 * takes at most one claim of a document and each claim joins at most one fact, choosing
 * the best overall pairing rather than the first good one.
 */
final class Assignment {
    private Assignment() {
    }

    /**
     * For each row, the column it is assigned to, or -1. Pairs with weight below
     * {@code threshold} are never assigned.
     */
    static int[] solve(double[][] weight, double threshold) {
        int rows = weight.length;
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || weight[0].length == 0) {
            return result;
        }
        int cols = weight[0].length;
        // pad with one dummy column per row so "no match" is always possible
        int m = cols + rows;
        int n = rows;
        double big = 1e6;
        double[][] cost = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double w = j <= cols ? weight[i - 1][j - 1] : threshold;
                cost[i][j] = w < threshold ? big : -w;
            }
        }
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= cols; j++) {
            if (p[j] != 0 && weight[p[j] - 1][j - 1] >= threshold) {
                result[p[j] - 1] = j - 1;
            }
        }
        return result;
    }
}
