using Hawk.Harness.Configuration;
using Hawk.Harness.Suites;

namespace Hawk.Labs.Judges;

/// <summary>Finds a conformance suite's data for a judge; missing data is a configuration error of the grader, not the student's fault.</summary>
internal static class LabSuites
{
    public static SuiteData Locate(HawkSettings settings, string suiteId)
    {
        var manifest = SuiteCatalog.Load(settings.SuitesDirectory).Get(suiteId);
        var location = new SuiteLocator(settings).Locate(manifest);
        return location.Data ?? throw new LabConfigurationException(location.MissingMessage);
    }
}

/// <summary>The grader itself is not set up (suite data, cc65 or the .NET SDK missing): no score can be given.</summary>
public sealed class LabConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
