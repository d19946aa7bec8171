import java.util.Arrays;

public class SortingAlgorithms {
    // Lomuto partition (Algorithms.java sorts with Hoare's): the pivot lands at its final index.
    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int pivot = a[hi], store = lo;
        for (int i = lo; i < hi; i++) {
            if (a[i] < pivot) { int t = a[i]; a[i] = a[store]; a[store] = t; store++; }
        }
        int t = a[store]; a[store] = a[hi]; a[hi] = t;
        quick(a, lo, store - 1);
        quick(a, store + 1, hi);
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) { int t = a[0]; a[0] = a[end]; a[end] = t; sift(a, 0, end); }
    }

    static void sift(int[] a, int i, int n) {
        while (2 * i + 1 < n) {
            int c = 2 * i + 1;
            if (c + 1 < n && a[c + 1] > a[c]) c++;
            if (a[i] >= a[c]) return;
            int t = a[i]; a[i] = a[c]; a[c] = t;
            i = c;
        }
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    static int[] counting(int[] a, int max) {
        int[] counts = new int[max + 1];
        for (int v : a) counts[v]++;
        int[] out = new int[a.length];
        int k = 0;
        for (int v = 0; v <= max; v++) while (counts[v]-- > 0) out[k++] = v;
        return out;
    }

    public static void main(String[] args) {
        int[] data = new int[3000];
        long seed = 12345;
        for (int i = 0; i < data.length; i++) { seed = (seed * 6364136223846793005L + 1442695040888963407L); data[i] = (int) ((seed >>> 33) % 10000); }
        int[] expected = data.clone();
        Arrays.sort(expected);
        int[] q = data.clone(); quick(q, 0, q.length - 1);
        int[] m = data.clone(); merge(m, new int[m.length], 0, m.length);
        int[] h = data.clone(); heap(h);
        int[] ins = Arrays.copyOf(data, 500); insertion(ins);
        int[] insExpected = Arrays.copyOf(data, 500); Arrays.sort(insExpected);
        System.out.println(Arrays.equals(q, expected) + " " + Arrays.equals(m, expected) + " " + Arrays.equals(h, expected) + " " + Arrays.equals(ins, insExpected) + " " + Arrays.equals(counting(data, 9999), expected));
        System.out.println(expected[0] + " " + expected[1500] + " " + expected[2999] + " " + Arrays.stream(expected).distinct().count() + " " + Arrays.binarySearch(expected, expected[777]));
    }
}
