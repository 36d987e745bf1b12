import type { Messages } from '../en.js';

export const overview: Partial<Messages> = {
  overviewLabel: (name: string) => `Vue d'ensemble de ${name}`,
  overviewLoading: "Chargement de l'organisation…",
  overviewReadOnlyPendingDeletion:
    'Cette organisation est en attente de suppression : elle peut être consultée mais pas modifiée.',

  overviewSectionInformation: "Informations sur l'organisation",
  overviewSectionBilling: 'Informations de facturation',
  overviewSectionBuyerTags: "Étiquettes d'acheteur",
  overviewSectionStatusControl: "Contrôle du statut de l'organisation",
  overviewEditSection: (section: string) => `Modifier : ${section}`,
  overviewSaveSection: (section: string) => `Enregistrer : ${section}`,

  overviewFieldProfilePicture: 'Photo de profil',
  overviewFieldStatus: 'Statut',
  overviewFieldAccountType: 'Type de compte',
  overviewFieldSubscriptionModel: "Modèle d'abonnement",
  overviewFieldCountry: 'Pays',
  overviewFieldCurrency: 'Devise',
  overviewFieldCreatedAt: 'Créée le',
  overviewFieldUuid: 'UUID',
  overviewFieldTenantId: 'ID de locataire',
  overviewFieldManagedBy: 'Géré par',
  overviewFieldOwner: 'Propriétaire',
  overviewFieldName: 'Nom',
  overviewFieldStatusReason: 'Motif',
  overviewFieldPurgeAfter: 'Supprimée définitivement après',
  overviewAccountTypeWithTier: (type: string, tier: string) => `${type} (${tier})`,
  overviewCodeAndName: (code: string, name: string) => (code === name ? code : `${code} · ${name}`),
  overviewOwnerAdminOrganization: (name: string) => `${name} (organisation administratrice)`,
  overviewOwnerInvited: 'Invité',
  overviewOwnerActive: 'Actif',
  overviewNotEditable: 'Non modifiable',
  overviewTenantIdNote:
    "Aucune mise à jour, modification ou substitution n'est possible une fois l'ID de locataire créé.",
  overviewNotSet: 'Non renseigné',
  overviewOn: 'Activé',
  overviewOff: 'Désactivé',

  overviewCopyUuid: "Copier l'UUID",

  overviewPictureAlt: (name: string) => `Photo de profil de ${name}`,
  overviewPictureUpload: 'Téléverser une photo',
  overviewPictureReplace: 'Remplacer la photo',
  overviewPictureRemove: 'Retirer la photo',
  overviewPictureUploading: 'Téléversement…',
  overviewPictureRemoving: 'Suppression…',
  overviewPictureHint: (limit: string) => `PNG, JPEG ou WebP, jusqu'à ${limit}. 100×100 px recommandés.`,
  overviewPictureWrongType: (type: string) =>
    `${type ? `Ce fichier est de type ${type}.` : "Ce type de fichier n'est pas pris en charge."} Choisissez une image PNG, JPEG ou WebP.`,
  overviewPictureTooLarge: (size: string, limit: string) =>
    `Cette image fait ${size} ; la limite est de ${limit}. Choisissez une image plus petite.`,
  overviewBytes: (n: string) => `${n} octets`,
  overviewMebibytes: (n: string) => `${n} Mio`,
  overviewPictureFailed: (reason: string) => `La photo n'a pas été enregistrée. ${reason}`,
  overviewPictureSaved: 'Photo de profil enregistrée.',
  overviewPictureRemoved: 'Photo de profil retirée.',

  overviewRemoteSupportApproval: "Exiger l'approbation pour l'assistance à distance",
  overviewRemoteSupportApprovalHint: "Activé : le client approuve chaque demande d'assistance à distance.",
  overviewRemoteSupportSaving: 'Enregistrement…',
  overviewRemoteSupportOn: "L'approbation est désormais requise pour l'assistance à distance.",
  overviewRemoteSupportOff: "L'approbation n'est plus requise pour l'assistance à distance.",
  overviewRemoteSupportFailed: (reason: string) => `Le réglage n'a pas été modifié. ${reason}`,

  overviewBillingName: 'Nom de facturation',
  overviewBillingEmail: 'E-mail de facturation',
  overviewBillingTax: "Numéro d'identification fiscale",
  overviewBillingTaxOptional: "Numéro d'identification fiscale (facultatif)",
  overviewBillingNone: 'Aucune information de facturation.',
  overviewChooseCountry: 'Choisissez un pays',

  overviewBuyerTagsNone: "Aucune étiquette d'acheteur.",
  overviewBuyerTagsList: "Étiquettes d'acheteur",
  overviewBuyerTagKey: 'Clé',
  overviewBuyerTagValue: 'Valeur',
  overviewBuyerTagAdd: "Ajouter l'étiquette",
  overviewBuyerTagRemove: (key: string) => `Retirer l'étiquette ${key}`,
  overviewBuyerTagChooseKey: 'Choisissez une clé',
  overviewBuyerTagsLimit: (max: number) =>
    max === 0
      ? "Ce domaine n'utilise pas d'étiquettes d'acheteur."
      : `La limite est de ${max} étiquette${max === 1 ? '' : 's'}. Retirez-en une pour en ajouter une autre.`,
  overviewBuyerTagsNoKeysLeft: 'Toutes les clés de ce domaine sont utilisées.',
  overviewBuyerTagsCount: (count: number, max: number) => `${count} sur ${max}`,
  overviewBuyerTagAdded: (key: string) => `Étiquette ${key} ajoutée.`,
  overviewBuyerTagRemoved: (key: string) => `Étiquette ${key} retirée.`,

  overviewSaved: (section: string) => `${section} : enregistré.`,
  overviewSaveFailed: (reason: string) =>
    `Vos modifications n'ont pas été enregistrées. ${reason} Votre saisie est conservée.`,

  overviewDraftResumed:
    'Vous avez quitté cette section sans enregistrer vos modifications. Elles sont conservées ci-dessous : enregistrez-les, ou annulez pour les abandonner.',
  overviewDraftsResumed: (sections: string) => `Vos modifications non enregistrées sont de retour : ${sections}.`,
  overviewConflictTitle: "Quelqu'un d'autre a modifié cette organisation pendant votre saisie.",
  overviewConflictChanges: 'Ce qui a changé :',
  overviewConflictNoSectionChanges: "Aucun champ de cette section n'a changé ; d'autres informations, oui.",
  overviewConflictKept: 'Vos modifications sont toujours dans le formulaire.',
  overviewConflictChange: (field: string, from: string, to: string) => `${field} : ${from} → ${to}`,
  overviewConflictReapply: 'Réappliquer mes modifications',
  overviewConflictDiscard: 'Abandonner mes modifications',
  overviewConflictLoadFailed: "La dernière version n'a pas pu être chargée.",
};
