import type { Messages } from '../en.js';

export const remoteSupport: Partial<Messages> = {
  remoteSupportTitle: 'Assistance à distance',
  remoteSupportLoading: "Chargement de l'assistance à distance…",
  remoteSupportRefresh: 'Vérifier à nouveau',
  remoteSupportRefreshing: 'Vérification…',
  remoteSupportRoleOwner: 'Propriétaire',
  remoteSupportRoleSuperAdmin: 'Super administrateur',
  remoteSupportLoginRole: (role: string) => `Les sessions à distance se connectent avec le rôle ${role}.`,
  remoteSupportApprovalRequired: "L'approbation du client est requise avant une session à distance.",
  remoteSupportApprovalNotRequired:
    "Aucune approbation n'est requise pour cette organisation : vous pouvez démarrer une session à distance directement.",
  remoteSupportPendingDeletion:
    "L'assistance à distance n'est pas disponible tant que l'organisation est en attente de suppression.",
  remoteSupportNoPermission: "Vous pouvez consulter l'assistance à distance de cette organisation, mais pas agir.",

  remoteSupportRequestTitle: "Demander l'accès",
  remoteSupportReasonLabel: "Motif de l'accès",
  remoteSupportReasonHint: 'Le client le verra pour décider.',
  remoteSupportReasonRequired: "Indiquez pourquoi vous avez besoin d'accéder.",
  remoteSupportDurationLabel: 'Durée',
  remoteSupportDurationCustom: 'Personnalisée',
  remoteSupportMinutesLabel: 'Minutes',
  remoteSupportMinutesHint: (min: string, max: string) => `Entre ${min} et ${max}.`,
  remoteSupportMinutesRange: (min: string, max: string) =>
    `Saisissez un nombre entier de minutes entre ${min} et ${max}.`,
  remoteSupportRequest: "Demander l'accès",
  remoteSupportRequesting: 'Envoi de la demande…',

  remoteSupportStatePending: "En attente d'approbation",
  remoteSupportStateApproved: 'Approuvée',
  remoteSupportStateRejected: 'Refusée',
  remoteSupportStateExpired: 'Expirée',
  remoteSupportStateRevoked: 'Révoquée',
  remoteSupportStateCancelled: 'Annulée',
  remoteSupportStateClosed: 'Plus en attente',
  remoteSupportPendingWaiting: 'En attente de la décision du client.',
  remoteSupportRequestedBy: (who: string, when: string) => `Demandée par ${who} le ${when}`,
  remoteSupportRequestedFor: (duration: string) => `pour ${duration}`,
  remoteSupportRequestReason: 'Motif',
  remoteSupportApprovedUntil: (date: string) => `L'accès est approuvé jusqu'au ${date}.`,
  remoteSupportRejectedBy: (who: string) => `Refusée par ${who}.`,
  remoteSupportRejectedNote: 'Note',
  remoteSupportExpiredAt: (date: string) => `L'accès a expiré le ${date}.`,
  remoteSupportRevokedMessage: "L'accès a été révoqué ; vous pouvez le demander à nouveau.",
  remoteSupportCancelledMessage: "La demande a été annulée parce que l'organisation a changé.",
  remoteSupportClosedMessage:
    "La demande n'est plus en attente : elle a été refusée ou retirée. Vous pouvez envoyer une nouvelle demande.",

  remoteSupportDecideTitle: 'Décider de cette demande',
  remoteSupportApproveDurationLabel: "Accorder l'accès pour",
  remoteSupportApprove: 'Approuver',
  remoteSupportApproving: 'Approbation…',
  remoteSupportRejectNoteLabel: 'Note au demandeur (facultative)',
  remoteSupportReject: 'Refuser',
  remoteSupportRejecting: 'Refus…',
  remoteSupportRevoke: "Révoquer l'accès",
  remoteSupportRevoking: 'Révocation…',
  remoteSupportApproved: (date: string) => `Approuvée. L'accès est accordé jusqu'au ${date}.`,
  remoteSupportRejected: 'Refusée. Le demandeur en est informé.',
  remoteSupportRevoked: 'Accès révoqué.',
  remoteSupportRequested: "Demande envoyée. Elle attend l'approbation du client.",

  remoteSupportStart: 'Démarrer une session à distance',
  remoteSupportStarting: 'Démarrage…',
  remoteSupportStarted: (role: string, date: string) =>
    `Session à distance prête : connexion en tant que ${role}, valable jusqu'au ${date}.`,
  remoteSupportOpenSession: 'Ouvrir la session à distance',
  remoteSupportNewTab: '(ouvre un nouvel onglet)',

  remoteSupportErrorApprovalRequired:
    "Une session à distance nécessite un accès approuvé, et il n'y en a aucun : il a peut-être expiré ou été révoqué. Demandez à nouveau l'accès.",
  remoteSupportErrorApprovalNotRequired:
    "Cette organisation ne requiert plus d'approbation : vous pouvez démarrer une session à distance directement. L'affichage a été mis à jour.",
  remoteSupportErrorInvalidState:
    "Cette demande a déjà été traitée, ou une autre demande est en attente. L'affichage a été mis à jour avec l'état actuel.",
  remoteSupportErrorPendingDeletion:
    "L'organisation est en attente de suppression : l'assistance à distance n'est pas disponible. L'affichage a été mis à jour.",
  remoteSupportErrorOwnRequest:
    'Vous ne pouvez pas approuver votre propre demande. Demandez à une autre personne habilitée.',
  remoteSupportOwnRequestNote: 'Vous avez fait cette demande : une autre personne habilitée décide.',
  remoteSupportErrorForbidden: "Vous n'avez pas l'autorisation de faire cela pour cette organisation.",
};
