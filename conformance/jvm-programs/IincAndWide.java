public class IincAndWide {
    public static void main(String[] args) {
        int a = 0;
        a += 127; a += 128; a -= 129; a += 30000; a -= 40000; a += 100000;
        System.out.println(a);
        int i = Integer.MAX_VALUE;
        i++;
        int j = Integer.MIN_VALUE;
        j--;
        System.out.println(i + " " + j);
        int k = 10;
        int r1 = k++ + ++k;
        int r2 = k-- - --k;
        System.out.println(k + " " + r1 + " " + r2);
        long l0 = 1, l1 = 2, l2 = 3, l3 = 4, l4 = 5, l5 = 6, l6 = 7, l7 = 8, l8 = 9, l9 = 10;
        double d0 = 0.5, d1 = 1.5, d2 = 2.5, d3 = 3.5, d4 = 4.5, d5 = 5.5, d6 = 6.5, d7 = 7.5, d8 = 8.5, d9 = 9.5;
        int v0 = 0, v1 = 1, v2 = 2, v3 = 3, v4 = 4, v5 = 5, v6 = 6, v7 = 7, v8 = 8, v9 = 9, v10 = 10, v11 = 11, v12 = 12, v13 = 13, v14 = 14, v15 = 15, v16 = 16, v17 = 17, v18 = 18, v19 = 19;
        long m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, m7 = 0, m8 = 0, m9 = 0, m10 = 0, m11 = 0, m12 = 0, m13 = 0, m14 = 0, m15 = 0, m16 = 0, m17 = 0, m18 = 0, m19 = 0;
        long n0 = 0, n1 = 0, n2 = 0, n3 = 0, n4 = 0, n5 = 0, n6 = 0, n7 = 0, n8 = 0, n9 = 0, n10 = 0, n11 = 0, n12 = 0, n13 = 0, n14 = 0, n15 = 0, n16 = 0, n17 = 0, n18 = 0, n19 = 0;
        long o0 = 0, o1 = 0, o2 = 0, o3 = 0, o4 = 0, o5 = 0, o6 = 0, o7 = 0, o8 = 0, o9 = 0, o10 = 0, o11 = 0, o12 = 0, o13 = 0, o14 = 0, o15 = 0, o16 = 0, o17 = 0, o18 = 0, o19 = 0;
        long p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0, p6 = 0, p7 = 0, p8 = 0, p9 = 0, p10 = 0, p11 = 0, p12 = 0, p13 = 0, p14 = 0, p15 = 0, p16 = 0, p17 = 0, p18 = 0, p19 = 0;
        long q0 = 0, q1 = 0, q2 = 0, q3 = 0, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0, q11 = 0, q12 = 0, q13 = 0, q14 = 0, q15 = 0, q16 = 0, q17 = 0, q18 = 0, q19 = 0;
        long r0 = 0, r9 = 0, r10 = 0, r19 = 0;
        int far = 3;
        far += 1000;
        far -= 70000;
        long farLong = 5;
        farLong *= l9;
        double farDouble = d9 * 2;
        float farFloat = 1.25f;
        farFloat *= 4;
        Object farObject = "far";
        for (int loop = 0; loop < 3; loop++) far += loop * 300;
        System.out.println(far + " " + farLong + " " + farDouble + " " + farFloat + " " + farObject);
        System.out.println(l0 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + " " + (d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 + d9));
        System.out.println(v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19);
        System.out.println(m0 + m19 + n0 + n19 + o0 + o19 + p0 + p19 + q0 + q19 + r0 + r9 + r10 + r19 + m5 + n5 + o5 + p5 + q5);
    }
}
