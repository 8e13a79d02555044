using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Accounts;

/// <summary>A new password's length (<see cref="Passwords"/>), worded in the reader's language (<see cref="ValidationTexts"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PasswordLengthAttribute : StringLengthAttribute
{
    public PasswordLengthAttribute()
        : base(Passwords.MaxLength)
    {
        MinimumLength = Passwords.MinLength;
    }

    public override string FormatErrorMessage(string name) => ValidationTexts.Current.PasswordLength(MinimumLength, MaximumLength);
}
