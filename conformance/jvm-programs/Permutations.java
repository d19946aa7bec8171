import java.util.*;

public class Permutations {
    static void permute(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) { out.add(prefix); return; }
        for (int i = 0; i < rest.length(); i++) permute(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
    }

    static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i]; a[i] = a[j]; a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
        return true;
    }

    static List<List<Integer>> subsets(int[] items) {
        List<List<Integer>> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << items.length; mask++) {
            List<Integer> s = new ArrayList<>();
            for (int i = 0; i < items.length; i++) if ((mask & 1 << i) != 0) s.add(items[i]);
            all.add(s);
        }
        return all;
    }

    public static void main(String[] args) {
        List<String> perms = new ArrayList<>();
        permute("", "abcd", perms);
        System.out.println(perms.size() + " " + perms.subList(0, 8) + " " + perms.get(23));
        int[] a = { 1, 2, 2, 3 };
        int count = 1;
        StringBuilder sb = new StringBuilder(Arrays.toString(a));
        while (nextPermutation(a)) { count++; if (count <= 4) sb.append(Arrays.toString(a)); }
        System.out.println(count + " " + sb);
        System.out.println(subsets(new int[] { 1, 2, 3 }));
        long[][] pascal = new long[21][];
        for (int n = 0; n <= 20; n++) {
            pascal[n] = new long[n + 1];
            pascal[n][0] = pascal[n][n] = 1;
            for (int k = 1; k < n; k++) pascal[n][k] = pascal[n - 1][k - 1] + pascal[n - 1][k];
        }
        System.out.println(Arrays.toString(pascal[10]) + " " + pascal[20][10]);
    }
}
