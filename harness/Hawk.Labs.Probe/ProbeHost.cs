using System.Text.Json;

namespace Hawk.Labs.Probe;

/// <summary>Answers probe requests by running the machine; exceptions become observations, never verdicts.</summary>
public static partial class ProbeHost
{
    /// <summary>Reads every request line from <paramref name="requests"/> and writes one observation line each to <paramref name="observations"/>.</summary>
    /// <param name="session">The grader's secret, carried by every observation (null in the coverage replay, which judges nothing).</param>
    public static void Serve(TextReader requests, TextWriter observations, string? session = null)
    {
        int id = 0;
        while (requests.ReadLine() is { } line)
        {
            ProbeObservation observation;
            try
            {
                var request = JsonSerializer.Deserialize<ProbeRequest>(line, ProbeJson.Options)
                    ?? throw new InvalidDataException("empty request");
                observation = Answer(request);
            }
            catch (Exception e) // anything the student's code throws is an observation for the grader to judge
            {
                observation = new ProbeObservation { Error = $"{e.GetType().Name}: {e.Message}" };
            }

            observations.WriteLine(JsonSerializer.Serialize(observation with { Id = id++, Session = session }, ProbeJson.Options));
            observations.Flush();
        }
    }

    /// <summary>
    /// The machine of each request kind answers it. A machine's answers compile only where its project is in the
    /// build (a grading workspace holds just the lab's machine), so a request for a missing machine is an error.
    /// </summary>
    public static ProbeObservation Answer(ProbeRequest request)
    {
        ProbeObservation? observation = null;
        AnswerNes(request, ref observation);
        AnswerJvm(request, ref observation);
        AnswerHypervisor(request, ref observation);
        AnswerContainer(request, ref observation);
        return observation ?? throw new InvalidDataException($"this probe was built without the machine that answers {request.GetType().Name}");
    }

    static partial void AnswerNes(ProbeRequest request, ref ProbeObservation? observation);

    static partial void AnswerJvm(ProbeRequest request, ref ProbeObservation? observation);

    static partial void AnswerHypervisor(ProbeRequest request, ref ProbeObservation? observation);

    static partial void AnswerContainer(ProbeRequest request, ref ProbeObservation? observation);
}

