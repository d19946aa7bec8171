using Hawk.Jvm.Loading;

namespace Hawk.Jvm.Tests;

public class JImageTests
{
    [Test]
    public void Reads_java_lang_Object_from_java_base()
    {
        using var image = JImage.OpenJavaHome(Jdk.Home());
        var bytes = image.Read("/java.base/java/lang/Object.class");
        Assert.That(bytes, Is.Not.Null);
        Assert.That(bytes![..4], Is.EqualTo(new byte[] { 0xCA, 0xFE, 0xBA, 0xBE }));
    }

    [Test]
    public void Finds_the_module_of_a_package()
    {
        using var image = JImage.OpenJavaHome(Jdk.Home());
        Assert.That(image.ModuleOf("java/lang"), Is.EqualTo("java.base"));
        Assert.That(image.ModuleOf("java/util/logging"), Is.EqualTo("java.logging"));
        Assert.That(image.ModuleOf("no/such/package"), Is.Null);
    }

    [Test]
    public void Unknown_resources_are_null()
    {
        using var image = JImage.OpenJavaHome(Jdk.Home());
        Assert.That(image.Read("/java.base/java/lang/NoSuchClass.class"), Is.Null);
        Assert.That(image.ReadClass("java/lang/NoSuchClass"), Is.Null);
    }
}
