public class DeepCauses {
    static void fail(int depth) throws Exception {
        if (depth == 0) throw new java.io.IOException("disk on fire");
        try {
            fail(depth - 1);
        } catch (Exception e) {
            throw new Exception("layer " + depth, e);
        }
    }

    static void recurse(int n) {
        if (n == 0) throw new IllegalStateException("bottom");
        recurse(n - 1);
    }

    public static void main(String[] args) {
        try {
            fail(3);
        } catch (Exception e) {
            e.printStackTrace();
        }
        try {
            recurse(20);
        } catch (IllegalStateException e) {
            RuntimeException wrapper = new RuntimeException("wrapped deep", e);
            wrapper.printStackTrace();
            System.out.println(e.getStackTrace().length + " " + wrapper.getCause().getStackTrace()[20].getMethodName());
        }
        Exception suppressedParent = new Exception("parent");
        Exception child = new Exception("child", new Error("grandchild"));
        suppressedParent.addSuppressed(child);
        suppressedParent.printStackTrace();
    }
}
