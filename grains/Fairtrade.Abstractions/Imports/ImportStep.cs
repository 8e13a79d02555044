namespace Fairtrade.Abstractions.Imports;

/// <summary>
/// One change of an import, decided whole when the import is planned (ids included), so that it can be stored before
/// anything is applied and applied again after a crash. Applying a step a second time changes nothing more.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ImportStep")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "step")]
[JsonDerivedType(typeof(CreateParticipantStep), "create-participant")]
[JsonDerivedType(typeof(ChangeParticipantStep), "change-participant")]
[JsonDerivedType(typeof(DeclareEvidenceStep), "declare-evidence")]
[JsonDerivedType(typeof(AddActivityStep), "add-activity")]
[JsonDerivedType(typeof(AddMemberStep), "add-member")]
[JsonDerivedType(typeof(RemoveMemberStep), "remove-member")]
[JsonDerivedType(typeof(AddArticleStep), "add-article")]
[JsonDerivedType(typeof(SetCouncilStep), "set-council")]
public abstract record ImportStep;
