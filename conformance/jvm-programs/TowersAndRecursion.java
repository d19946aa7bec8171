import java.util.*;

public class TowersAndRecursion {
    static int moves;
    static StringBuilder firstMoves = new StringBuilder();

    static void hanoi(int n, char from, char to, char via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        if (++moves <= 7) firstMoves.append(from).append("->").append(to).append(' ');
        hanoi(n - 1, via, to, from);
    }

    static long ackermann(long m, long n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }

    static String toRoman(int n) {
        int[] v = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        String[] s = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) while (n >= v[i]) { sb.append(s[i]); n -= v[i]; }
        return sb.toString();
    }

    static void collatz(long n, List<Long> path) { path.add(n); if (n != 1) collatz(n % 2 == 0 ? n / 2 : 3 * n + 1, path); }

    static boolean isPalindrome(String s, int i, int j) { return i >= j || (s.charAt(i) == s.charAt(j) && isPalindrome(s, i + 1, j - 1)); }

    public static void main(String[] args) {
        hanoi(10, 'A', 'C', 'B');
        System.out.println(moves + " moves, first: " + firstMoves);
        System.out.println(ackermann(2, 3) + " " + ackermann(3, 3) + " " + gcd(1071, 462) + " " + gcd(17, 5));
        for (int n : new int[] { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 }) System.out.print(toRoman(n) + " ");
        System.out.println();
        List<Long> path = new ArrayList<>();
        collatz(27, path);
        System.out.println(path.size() + " " + Collections.max(path) + " " + path.subList(0, 10));
        System.out.println(isPalindrome("racecar", 0, 6) + " " + isPalindrome("abca", 0, 3));
    }
}
