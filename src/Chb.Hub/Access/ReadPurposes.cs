using Chb.Contracts.V1;
using Chb.Hub.Grpc;

namespace Chb.Hub.Access;

/// <summary>Every read states why (DPA 2018 s.62): a purpose code and a justification, both logged.</summary>
internal static class ReadPurposes
{
    public const int MaxJustification = 500;

    /// <summary>Checks the purpose and answers the text the audit log keeps, such as "DISRUPTION_PLANNING: Op Kestrel".</summary>
    public static string Require(QueryPurpose? purpose, string field = "options.purpose")
    {
        if (purpose is null || purpose.Code == PurposeCode.Unspecified)
        {
            GrpcErrors.ThrowBadRequest($"{field}.code", "every read states a purpose code");
        }

        var justification = purpose.Justification?.Trim() ?? string.Empty;
        if (justification.Length == 0 || justification.Length > MaxJustification)
        {
            GrpcErrors.ThrowBadRequest($"{field}.justification", $"say why, in 1 to {MaxJustification} characters (an operation name or tasking reference)");
        }

        return $"{Name(purpose.Code)}: {justification}";
    }

    private static string Name(PurposeCode code) => code switch
    {
        PurposeCode.DisruptionPlanning => "DISRUPTION_PLANNING",
        PurposeCode.Safeguarding => "SAFEGUARDING",
        PurposeCode.Investigation => "INVESTIGATION",
        PurposeCode.GainCoordination => "GAIN_COORDINATION",
        PurposeCode.PerformanceReview => "PERFORMANCE_REVIEW",
        PurposeCode.Audit => "AUDIT",
        PurposeCode.DataQuality => "DATA_QUALITY",
        _ => "UNKNOWN",
    };
}
