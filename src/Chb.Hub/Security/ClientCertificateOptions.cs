using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.Security;

/// <summary>
/// Partner systems may authenticate with a client certificate instead of a token (section
/// <c>Hub:Auth:ClientCertificates</c>): issued by the configured CA and mapped, by subject, to one agency.
/// </summary>
public sealed class ClientCertificateOptions : IValidatableObject
{
    public const string SectionName = "Hub:Auth:ClientCertificates";

    /// <summary>Gets or sets the PEM file of the CA that issues partner certificates; empty turns certificates off.</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>Gets or sets which certificate subject acts for which agency, always as a partner system.</summary>
    public List<CertificateSubject> Subjects { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(CaCertificatePath);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !File.Exists(CaCertificatePath))
        {
            yield return new ValidationResult($"{SectionName}:CaCertificatePath '{CaCertificatePath}' does not exist.");
        }

        if (Enabled && Subjects.Count == 0)
        {
            yield return new ValidationResult($"{SectionName}:Subjects must map at least one certificate subject to an agency.");
        }

        foreach (var subject in Subjects.Where(s => string.IsNullOrWhiteSpace(s.Subject) || string.IsNullOrWhiteSpace(s.Agency)))
        {
            yield return new ValidationResult($"{SectionName}:Subjects entries need both Subject (such as 'CN=bdc-housing-system') and Agency.");
        }
    }
}

/// <summary>One partner system's certificate subject and the agency it acts for.</summary>
public sealed class CertificateSubject
{
    public string Subject { get; set; } = string.Empty;

    public string Agency { get; set; } = string.Empty;
}
