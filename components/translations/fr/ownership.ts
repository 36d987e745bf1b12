import type { Messages } from '../en.js';

export const ownership: Partial<Messages> = {
  ownershipManagedBy: 'Géré par',
  ownershipEdit: 'Modifier Géré par',
  ownershipTitle: (to: string) => `Passer « Géré par » à ${to}`,
  ownershipNewOwner: 'Nouveau propriétaire',
  ownershipNotInOrg: 'Nouveau propriétaire absent de l’organisation',
  ownershipNotInOrgLine:
    'Saisissez les coordonnées du nouveau propriétaire. Il est invité dans l’organisation en tant que propriétaire.',
  ownershipInOrg: 'Nouveau propriétaire déjà membre de l’organisation',
  ownershipInOrgLine: 'Choisissez le nouveau propriétaire parmi les membres.',
  ownershipMember: 'Membre',
  ownershipMemberList: 'Membres',
  ownershipMemberSearch: 'Tapez un nom ou un e-mail',
  ownershipMemberNone: 'Aucun membre éligible ne correspond.',
  ownershipMemberMore: 'Charger plus de membres',
  ownershipMemberLoading: 'Recherche des membres…',
  ownershipMemberCount: (count: number, more: boolean) =>
    count === 0
      ? 'Aucun membre trouvé.'
      : `${count}${more ? '+' : ''} membre${count === 1 ? '' : 's'} trouvé${count === 1 ? '' : 's'}.`,
  ownershipMemberRequired: 'Choisissez un membre.',
  ownershipMemberSearchFailed: 'Les membres n’ont pas pu être chargés. Tapez à nouveau pour réessayer.',
  ownershipFormerOwner: (name: string) => `Nouveau rôle du propriétaire actuel, ${name}`,
  ownershipFormerOwnerGeneric: 'Nouveau rôle du propriétaire actuel',
  ownershipDemoteLine:
    'Passer à Fournisseur de services rétrograde le propriétaire actuel. Choisissez son nouveau rôle.',
  ownershipAdminNote: 'Le nouveau propriétaire de l’organisation est par défaut l’organisation administratrice.',
  ownershipRoleAdmin: 'Administrateur',
  ownershipRoleRequired: 'Choisissez le nouveau rôle du propriétaire actuel.',
  ownershipContinue: 'Continuer',
  ownershipBack: 'Retour',
  ownershipConfirmTitle: 'Confirmer la modification',
  ownershipFromToValue: (from: string, to: string) => `${from} → ${to}`,
  ownershipConfirm: 'Confirmer',
  ownershipConfirming: 'Modification…',
  ownershipSummaryNewOwner: 'Nouveau propriétaire',
  ownershipSummaryInvited: (name: string, email: string) => `${name} (${email}), invité comme propriétaire`,
  ownershipSummaryExisting: (name: string, email: string) => `${name} (${email}), membre existant`,
  ownershipSummaryFormerRole: (name: string) => `Nouveau rôle de ${name}`,
  ownershipYes: 'Oui',
  ownershipNo: 'Non',
  ownershipChanged: (to: string) => `« Géré par » est maintenant ${to}.`,
  ownershipAdminOrganization: (name: string) => `${name} (organisation administratrice)`,
  ownershipReasonPermission: 'Vous n’avez pas le droit de changer qui gère cette organisation.',
  ownershipReasonOwn: 'Vous ne pouvez pas changer qui gère votre propre organisation.',
  ownershipReasonPendingDeletion:
    'Cette organisation est en attente de suppression : on ne peut pas changer qui la gère.',
  ownershipConflict:
    'Quelqu’un d’autre a modifié cette organisation. Elle a été rechargée : vérifiez et confirmez à nouveau.',
  ownershipErrorNotEligible:
    'Cette personne ne peut pas devenir propriétaire (déjà propriétaire, désactivée, ou son e-mail appartient à un membre : choisissez-la parmi les membres).',
  ownershipErrorOwnerRequired:
    'Choisissez le nouveau propriétaire : saisissez ses coordonnées ou choisissez un membre.',
  ownershipErrorFormerRoleRequired: 'Choisissez le nouveau rôle du propriétaire actuel : Administrateur ou Membre.',
  ownershipErrorUnchanged: 'L’organisation est déjà gérée ainsi. Elle a été rechargée.',
  ownershipErrorForbidden: 'Vous n’êtes pas autorisé à changer qui gère cette organisation.',
  ownershipErrorNotFound: 'Cette organisation n’existe plus, ou vous n’y avez plus accès.',
};
