<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommitteeListModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="+93"/>
        <source>Whole organisation</source>
        <extracomment>The row&apos;s identifier: a committee id (None for the whole organisation) or a document id. The second line of a row (dates, author, description). A short text drawn at the right of a row (&quot;● Unread&quot;, &quot;3 unread&quot;), or None. True when the row has something unread.</extracomment>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents for every member</source>
        <translation>Documents pour tous les élus</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, %n unread document(s)</source>
        <translation>
            <numerusform>%1, %n document non lu</numerusform>
            <numerusform>%1, %n documents non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, nothing unread</source>
        <translation>%1, tout est lu</translation>
    </message>
</context>
<context>
    <name>ConfirmRevoke</name>
    <message>
        <location filename="../../desktop/ui/proxy_dialog.py" line="+171"/>
        <source>Withdraw my proxy</source>
        <translation>Retirer mon pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the proxy you gave to %1?</source>
        <translation>Retirer le pouvoir que vous avez donné à %1 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will then vote yourself again.</source>
        <translation>Vous voterez alors de nouveau vous-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, withdraw it</source>
        <translation>Oui, le retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, keep it</source>
        <translation>Non, le garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, withdraw my proxy to %1</source>
        <translation>Oui, retirer mon pouvoir à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, keep my proxy</source>
        <translation>Non, garder mon pouvoir</translation>
    </message>
</context>
<context>
    <name>ConfirmVote</name>
    <message>
        <location filename="../../desktop/ui/vote_dialog.py" line="+58"/>
        <source>Confirm your vote</source>
        <translation>Confirmez votre vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm?</source>
        <translation>Confirmer ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, go back without voting</source>
        <translation>Non, revenir sans voter</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="+45"/>
        <source>● New</source>
        <translation>● Non lu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1</source>
        <translation>Non lu : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="+82"/>
        <source>Document text</source>
        <extracomment>Resources the reader was asked for and refused (for the record, and for tests).</extracomment>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a document in the list to read it here.</source>
        <translation>Choisissez un document dans la liste pour le lire ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · published on %2</source>
        <translation>%1 · publié le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · by %2</source>
        <translation>%1 · par %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum only opens web and email links. This one leads to: %1</source>
        <translation>Quorum n&apos;ouvre que les liens vers des sites web ou des adresses e-mail. Celui-ci mène à : %1</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="+26"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please try again. If it happens again, contact your secretariat.</source>
        <translation>Veuillez réessayer. Si le problème se reproduit, contactez votre secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server ran into a problem.</source>
        <translation>Le serveur a rencontré un problème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes. Your documents stay readable on this computer.</source>
        <translation>Réessayez dans quelques minutes. Vos documents restent consultables sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no secure keychain.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau sécurisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase to protect the copy of your documents.</source>
        <translation>Choisissez une phrase secrète pour protéger la copie de vos documents.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The email address or the password is not right.</source>
        <extracomment>Stable error code -&gt; (what happened, what to do next), both translated when shown.</extracomment>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check them and try again. If you have forgotten your password, ask your secretariat.</source>
        <translation>Vérifiez-les et réessayez. Si vous avez oublié votre mot de passe, demandez-le à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have been signed out.</source>
        <translation>Vous avez été déconnecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to sync. Your documents stay readable on this computer.</source>
        <translation>Reconnectez-vous pour synchroniser. Vos documents restent consultables sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer may no longer connect to Quorum.</source>
        <translation>Cet ordinateur ne peut plus se connecter à Quorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretariat has withdrawn its access. Contact them if you think this is a mistake.</source>
        <translation>Le secrétariat lui a retiré son accès. Contactez-le si vous pensez qu&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account is disabled.</source>
        <translation>Votre compte est désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your secretariat to have it enabled.</source>
        <translation>Contactez votre secrétariat pour le faire réactiver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de faire cela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you think you should be, contact your secretariat.</source>
        <translation>Si vous pensez devoir l&apos;avoir, contactez votre secrétariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This item no longer exists on the server.</source>
        <translation>Cet élément n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been removed. Sync to bring your copy up to date.</source>
        <translation>Il a peut-être été supprimé. Synchronisez pour mettre votre copie à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document is no longer available.</source>
        <translation>Ce document n&apos;est plus disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been removed. Sync to bring your list up to date.</source>
        <translation>Il a peut-être été retiré. Synchronisez pour mettre votre liste à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept what was sent.</source>
        <translation>Le serveur n&apos;a pas accepté ce qui a été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what you typed and try again.</source>
        <translation>Vérifiez ce que vous avez saisi et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone changed this in the meantime.</source>
        <translation>Quelqu&apos;un l&apos;a modifié entre-temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync, then try again.</source>
        <translation>Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you are sending is too large.</source>
        <translation>Ce que vous envoyez est trop volumineux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it shorter and try again.</source>
        <translation>Raccourcissez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version of Quorum cannot talk to your organisation&apos;s server.</source>
        <translation>Cette version de Quorum ne peut pas dialoguer avec le serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the latest version of Quorum, or ask your secretariat.</source>
        <translation>Installez la dernière version de Quorum, ou demandez à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your internet connection and the server address. You can keep reading your documents offline: Quorum syncs as soon as the connection is back.</source>
        <translation>Vérifiez votre connexion internet et l&apos;adresse du serveur. Vous pouvez continuer à lire vos documents hors ligne : Quorum synchronisera dès le retour de la connexion.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy of your documents on this computer cannot be opened.</source>
        <translation>La copie de vos documents sur cet ordinateur ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is missing or the passphrase is wrong. You can reset this copy and download everything again: the server keeps it all.</source>
        <translation>Sa clé est introuvable ou la phrase secrète est incorrecte. Vous pouvez réinitialiser cette copie et tout télécharger à nouveau : le serveur garde tout.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy of your documents was made by a newer version of Quorum.</source>
        <translation>La copie de vos documents a été créée par une version plus récente de Quorum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the latest version of Quorum to open it.</source>
        <translation>Installez la dernière version de Quorum pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="+21"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HH:mm</source>
        <translation>H&apos; h &apos;mm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
</context>
<context>
    <name>GrantProxyDialog</name>
    <message>
        <location filename="../../desktop/ui/proxy_dialog.py" line="-114"/>
        <location line="+6"/>
        <source>Give my proxy</source>
        <translation>Donner mon pouvoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person you choose votes in your place. While your proxy stands you cannot vote yourself; you can withdraw it as long as it has not been used.</source>
        <translation>La personne que vous choisissez vote à votre place. Tant que votre pouvoir est en vigueur, vous ne pouvez pas voter vous-même ; vous pouvez le retirer tant qu&apos;il n&apos;a pas servi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who votes for you</source>
        <translation>Qui vote pour vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who votes for you:</source>
        <translation>&amp;Qui vote pour vous :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for the vote “%1”</source>
        <translation>Seulement pour le vote « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For every vote closing between these dates:</source>
        <translation>Pour tous les votes qui se terminent entre ces dates :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day of the proxy</source>
        <translation>Premier jour du pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the proxy</source>
        <translation>Dernier jour du pouvoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: give no proxy</source>
        <translation>Annuler : ne donner aucun pouvoir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give my proxy to %1</source>
        <translation>Donner mon pouvoir à %1</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="-96"/>
        <source>Open a link</source>
        <extracomment>The widest the text column grows, in average characters: long lines tire the eye. Reader text size (points); the rest of the app uses at least 11.</extracomment>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads outside Quorum. Open it?</source>
        <translation>Ce lien mène en dehors de Quorum. Voulez-vous l&apos;ouvrir ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full address: %1</source>
        <translation>Adresse complète : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not open</source>
        <translation>Ne pas ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link to %1</source>
        <translation>Ouvrir le lien vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not open the link</source>
        <translation>Ne pas ouvrir le lien</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+106"/>
        <location line="+28"/>
        <source>Committees</source>
        <translation>Instances</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No documents here yet.
They will appear after the next sync.</source>
        <translation>Aucun document pour l&apos;instant.
Ils apparaîtront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Whole organisation</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now (Ctrl+R or F5)</source>
        <translation>Synchroniser maintenant (Ctrl+R ou F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the documents (Ctrl+1)</source>
        <translation>Lire les documents (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;otes</source>
        <translation>&amp;Votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote, see results and proxies (Ctrl+2)</source>
        <translation>Voter, voir les résultats et les pouvoirs (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quorum — %1</source>
        <translation>Quorum — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Documents of %1</source>
        <translation>Documents : %1</translation>
    </message>
</context>
<context>
    <name>ManagePanel</name>
    <message>
        <location filename="../../desktop/ui/votes_manage.py" line="+78"/>
        <source>Secretariat:</source>
        <translation>Secrétariat :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the vote…</source>
        <translation>&amp;Ouvrir le vote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;now</source>
        <translation>&amp;Clore maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish the results</source>
        <translation>Pu&amp;blier les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the vote</source>
        <translation>Annuler le vote</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open the vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the vote</source>
        <translation>Prolonger le vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the vote</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please confirm</source>
        <translation>Merci de confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the vote “%1” now, before its deadline?</source>
        <translation>Clore le vote « %1 » maintenant, avant son échéance ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, close it now</source>
        <translation>Oui, le clore maintenant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the vote “%1”? Its ballots will not count.</source>
        <translation>Annuler le vote « %1 » ? Ses bulletins ne compteront pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, cancel the vote</source>
        <translation>Oui, annuler le vote</translation>
    </message>
</context>
<context>
    <name>MotionDetail</name>
    <message>
        <location filename="../../desktop/ui/votes_detail.py" line="+79"/>
        <location line="+53"/>
        <source>See the &amp;results</source>
        <translation>Voir les &amp;résultats</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Give my proxy for this vote…</source>
        <translation>&amp;Donner mon pouvoir pour ce vote…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a vote in the list.</source>
        <translation>Choisissez un vote dans la liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text of the motion is shown here.</source>
        <translation>Le texte de la résolution s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change my vote…</source>
        <translation>Changer mon vote…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote…</source>
        <translation>Voter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on “%2”</source>
        <translation>%1 sur « %2 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See the &amp;results so far</source>
        <translation>Voir les &amp;résultats en cours</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+64"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>For %1: %2</source>
        <translation>Pour %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vote on behalf of %1…</source>
        <translation>Voter pour le compte de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gave you their proxy. %2</source>
        <translation>%1 vous a donné son pouvoir. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of this vote</source>
        <translation>Historique de ce vote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vote created</source>
        <translation>Vote créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote opened</source>
        <translation>Vote ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline extended</source>
        <translation>Échéance prolongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote closed</source>
        <translation>Vote clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote reopened</source>
        <translation>Vote rouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results published</source>
        <translation>Résultats publiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote cancelled</source>
        <translation>Vote annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text changed: earlier ballots no longer count</source>
        <translation>Texte modifié : les bulletins précédents ne comptent plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of voters changed</source>
        <translation>Liste des votants modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy given</source>
        <translation>Pouvoir donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy withdrawn</source>
        <translation>Pouvoir retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ballot was cast</source>
        <translation>Un bulletin a été déposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ballot was changed</source>
        <translation>Un bulletin a été modifié</translation>
    </message>
</context>
<context>
    <name>MotionEditor</name>
    <message>
        <location filename="../../desktop/ui/motion_editor.py" line="+96"/>
        <location line="+5"/>
        <source>New vote</source>
        <extracomment>The quorums offered, as (numerator, denominator); None: no quorum.</extracomment>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who votes</source>
        <translation>Qui vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the vote</source>
        <translation>Titre du vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text of the motion</source>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of vote</source>
        <translation>Type de vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution (for, against, abstain)</source>
        <translation>Résolution (pour, contre, abstention)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice between options</source>
        <translation>Choix entre plusieurs options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election of people</source>
        <translation>Élection de personnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or secret ballot</source>
        <translation>Vote à main levée ou à bulletin secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open ballot (named)</source>
        <translation>Vote nominatif (à main levée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot</source>
        <translation>Vote à bulletin secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options or candidates, one per line</source>
        <translation>Options ou candidats, un par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many each member may choose</source>
        <translation>Combien chaque élu peut en choisir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who &amp;votes:</source>
        <translation>Qui &amp;vote :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ballot:</source>
        <translation>&amp;Bulletin :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options (one per line):</source>
        <translation>&amp;Options (une par ligne) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many may be chosen:</source>
        <translation>&amp;Nombre de choix possibles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closes on:</source>
        <translation>&amp;Se termine le :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: create nothing</source>
        <translation>Annuler : ne rien créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create as a draft</source>
        <translation>Créer comme brouillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create and open the vote</source>
        <translation>Créer et ouvrir le vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create the vote and open it now</source>
        <translation>Créer le vote et l&apos;ouvrir maintenant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use the organisation&apos;s usual rules</source>
        <translation>Appliquer les règles habituelles de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quorum</source>
        <translation>Pas de quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the voters take part</source>
        <translation>%1 des votants participent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Majority</source>
        <translation>Majorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simple (more for than against)</source>
        <translation>Simple (plus de pour que de contre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absolute (more than half of those entitled to vote)</source>
        <translation>Absolue (plus de la moitié des membres appelés à voter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two thirds of the votes cast</source>
        <translation>Deux tiers des suffrages exprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative (most votes wins)</source>
        <translation>Relative (le plus de voix l&apos;emporte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members may change their vote until the close</source>
        <translation>Les élus peuvent changer leur vote jusqu&apos;à la clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxies allowed</source>
        <translation>Pouvoirs autorisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Majority:</source>
        <translation>&amp;Majorité :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give the vote a title.</source>
        <translation>Donnez un titre au vote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List at least two options or candidates, one per line.</source>
        <translation>Indiquez au moins deux options ou candidats, un par ligne.</translation>
    </message>
</context>
<context>
    <name>MotionListModel</name>
    <message>
        <location filename="../../desktop/ui/votes_models.py" line="+132"/>
        <source>Results not published</source>
        <translation>Résultats non publiés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: not open yet</source>
        <translation>Brouillon : pas encore ouvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For %1: %2</source>
        <translation>Pour %1 : %2</translation>
    </message>
</context>
<context>
    <name>MotionText</name>
    <message>
        <location filename="../../desktop/ui/votes_widgets.py" line="+132"/>
        <source>Text of the motion</source>
        <extracomment>The smallest a voting button may be, in pixels: easy to hit with an unsteady hand.</extracomment>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This motion has no further text.</source>
        <translation>Cette résolution n&apos;a pas d&apos;autre texte.</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../desktop/ui/vote_outcome.py" line="+43"/>
        <source>Your receipt code:</source>
        <translation>Votre code de reçu :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your receipt code</source>
        <translation>Votre code de reçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write it down or keep it somewhere safe. After the vote closes, Quorum uses it to check that your ballot is in the published list, unchanged. The code does not tell anyone how you voted.</source>
        <translation>Notez-le ou gardez-le en lieu sûr. Après la clôture du vote, Quorum s&apos;en sert pour vérifier que votre bulletin figure, inchangé, dans la liste publiée. Ce code ne révèle à personne ce que vous avez voté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (on behalf of %1)</source>
        <translation> (pour le compte de %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your vote%1: %2</source>
        <translation>Votre vote%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your vote is waiting to be sent</source>
        <translation>Votre vote attend d&apos;être envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum sends it as soon as the server can be reached. %1</source>
        <translation>Quorum l&apos;envoie dès que le serveur est joignable. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Your vote has been counted</source>
        <translation>✓ Votre vote a été pris en compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has received and recorded it.</source>
        <translation>Le serveur l&apos;a reçu et enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 You can still change it until the vote closes.</source>
        <translation>%1 Vous pouvez encore le changer jusqu&apos;à la clôture du vote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Your vote was not counted</source>
        <translation>✗ Votre vote n&apos;a pas été pris en compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your vote</source>
        <translation>Votre vote</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="+41"/>
        <source>Choose a passphrase</source>
        <extracomment>Shorter passphrases are refused when choosing one.</extracomment>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum keeps a copy of your documents on this computer so that you can read them without a connection. This copy is locked, and this computer has no secure keychain to keep its key.

Choose a passphrase: Quorum will ask for it each time it starts. Write it down somewhere safe. If you lose it, nothing is lost for good: the copy is deleted and downloaded again from the server.</source>
        <translation>Quorum garde une copie de vos documents sur cet ordinateur pour que vous puissiez les lire sans connexion. Cette copie est verrouillée, et cet ordinateur n&apos;a pas de trousseau sécurisé pour en garder la clé.

Choisissez une phrase secrète : Quorum vous la demandera à chaque démarrage. Notez-la en lieu sûr. Si vous la perdez, rien n&apos;est perdu pour de bon : la copie est effacée puis téléchargée à nouveau depuis le serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock your documents</source>
        <translation>Déverrouiller vos documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase you chose to lock the copy of your documents on this computer.</source>
        <translation>Saisissez la phrase secrète que vous avez choisie pour verrouiller la copie de vos documents sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Saisissez-la à nouveau :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This passphrase does not open the copy. Try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la copie. Réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose this passphrase</source>
        <translation>Choisir cette phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Quorum</source>
        <translation>Quitter Quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have forgotten it…</source>
        <translation>Je l&apos;ai oubliée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have forgotten the passphrase</source>
        <translation>J&apos;ai oublié la phrase secrète</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>ProxyListModel</name>
    <message>
        <location filename="../../desktop/ui/votes_models.py" line="+40"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for a vote</source>
        <translation>Utilisé pour un vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the vote “%1”</source>
        <translation>Pour le vote « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For every vote closing from %1 to %2</source>
        <translation>Pour tous les votes qui se terminent du %1 au %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For every vote</source>
        <translation>Pour tous les votes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You gave your proxy to %1</source>
        <translation>Vous avez donné votre pouvoir à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gave you their proxy</source>
        <translation>%1 vous a donné son pouvoir</translation>
    </message>
</context>
<context>
    <name>ResetCacheDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="+16"/>
        <source>Your documents cannot be opened</source>
        <translation>Vos documents ne peuvent pas être ouverts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy of your documents on this computer cannot be opened: its key is missing or has changed.</source>
        <translation>La copie de vos documents sur cet ordinateur ne peut pas être ouverte : sa clé est introuvable ou a changé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum can delete this copy and download everything again: the server keeps it all. Only changes made on this computer and not yet sent would be lost.</source>
        <translation>Quorum peut effacer cette copie et tout télécharger à nouveau : le serveur garde tout. Seules les modifications faites sur cet ordinateur et pas encore envoyées seraient perdues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset and download again</source>
        <translation>Réinitialiser et tout télécharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the copy and download again</source>
        <translation>Réinitialiser la copie et tout télécharger à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Quorum</source>
        <translation>Quitter Quorum</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="+255"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the results</source>
        <translation>Fermer les résultats</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location line="-133"/>
        <source>Votes per option</source>
        <translation>Voix par option</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The results are not published yet.</source>
        <translation>Les résultats ne sont pas encore publiés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They will be shown here once the vote has closed and been counted.</source>
        <translation>Ils s&apos;afficheront ici une fois le vote clos et dépouillé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>So far — the vote is still open: %1</source>
        <translation>Résultats provisoires — le vote est encore ouvert : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — elected: %2</source>
        <translation>%1 — élus : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — chosen: %2</source>
        <translation>%1 — retenus : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the chair&apos;s casting vote decided the tie)</source>
        <translation>%1 (la voix prépondérante du président a départagé l&apos;égalité)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 voters out of %2</source>
        <translation>%1 votants sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; no quorum required.</source>
        <translation>%1 ; pas de quorum requis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT reached</source>
        <translation>NON atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; quorum: %2 — %3.</source>
        <translation>%1 ; quorum : %2 — %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Required: %2 votes for; obtained: %3.</source>
        <translation>%1 Requis : %2 voix pour ; obtenu : %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Required: %2 votes for an option.</source>
        <translation>%1 Requis : %2 voix pour une option.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ Your ballot (receipt %1) is in the published list, unchanged.</source>
        <translation>✓ Votre bulletin (reçu %1) figure dans la liste publiée, inchangé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✗ Your ballot (receipt %1) is in the published list, but it shows a different choice: %2. Tell your secretariat.</source>
        <translation>✗ Votre bulletin (reçu %1) figure dans la liste publiée, mais avec un autre choix : %2. Prévenez votre secrétariat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✗ Your ballot (receipt %1) is NOT in the published list. Tell your secretariat.</source>
        <translation>✗ Votre bulletin (reçu %1) ne figure PAS dans la liste publiée. Prévenez votre secrétariat.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/votes_manage.py" line="-129"/>
        <source>Voting stays open until:</source>
        <translation>Le vote reste ouvert jusqu&apos;au :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: change nothing</source>
        <translation>Annuler : ne rien changer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="+56"/>
        <source>Sign in to Quorum</source>
        <extracomment>sign_in(server_url, email, password) -&gt; Account; runs in the worker.</extracomment>
        <translation>Se connecter à Quorum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with the email address and password your secretariat gave you. You only need to do this once on this computer.</source>
        <translation>Connectez-vous avec l&apos;adresse e-mail et le mot de passe que votre secrétariat vous a donnés. Vous n&apos;aurez à le faire qu&apos;une fois sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for example quorum.my-mutual.fr</source>
        <translation>par exemple quorum.ma-mutuelle.fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in, please wait</source>
        <translation>Connexion en cours, veuillez patienter</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Type the address of your organisation&apos;s server.</source>
        <translation>Saisissez l&apos;adresse du serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your email address, for example marie@example.fr.</source>
        <translation>Saisissez votre adresse e-mail, par exemple marie@exemple.fr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server at %1 does not answer.</source>
        <translation>Le serveur %1 ne répond pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the server address and your internet connection, then try again.</source>
        <translation>Vérifiez l&apos;adresse du serveur et votre connexion internet, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="+38"/>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online — synced %1</source>
        <translation>En ligne — synchronisé %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — last synced %1</source>
        <translation>Hors ligne — dernière synchronisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline — not synced yet</source>
        <translation>Hors ligne — pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out — sign in again to sync</source>
        <translation>Déconnecté — reconnectez-vous pour synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem: %1</source>
        <translation>Problème de synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Refused by the server: %n</source>
        <translation>
            <numerusform>%n modification refusée par le serveur</numerusform>
            <numerusform>%n modifications refusées par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything has been sent</source>
        <translation>Tout a été envoyé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="-171"/>
        <source>✓ Elected</source>
        <translation>✓ Élu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Wins</source>
        <translation>✓ Retenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Adopted</source>
        <translation>✓ Adopté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of ballots</source>
        <translation>Part des bulletins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %n vote(s), %2</source>
        <translation>
            <numerusform>%1 : %n voix, %2</numerusform>
            <numerusform>%1 : %n voix, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../desktop/ui/vote_dialog.py" line="+37"/>
        <source>Vote — %1</source>
        <translation>Vote — %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You are voting on behalf of %1</source>
        <translation>Vous votez pour le compte de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attached documents (in the Documents view): %1</source>
        <translation>Documents joints (dans la vue Documents) : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without voting</source>
        <translation>Fermer sans voter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You have already voted. Voting again replaces your vote: only the last vote counts.</source>
        <translation>Vous avez déjà voté. Voter de nouveau remplace votre vote : seul le dernier vote compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current vote: %1. Voting again replaces it: only the last vote counts.</source>
        <translation>Vote actuel : %1. Voter de nouveau le remplace : seul le dernier vote compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your vote:</source>
        <translation>Votre vote :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote for</source>
        <translation>Voter pour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote for the resolution “%1”</source>
        <translation>Voter pour la résolution « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote against</source>
        <translation>Voter contre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote against the resolution “%1”</source>
        <translation>Voter contre la résolution « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>S&apos;abstenir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abstain on the resolution “%1”</source>
        <translation>S&apos;abstenir sur la résolution « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Asks you to confirm before anything is sent.</source>
        <translation>Vous demande de confirmer avant tout envoi.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vote for my choice</source>
        <translation>Voter pour mon choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote for my choice on “%1”</source>
        <translation>Voter pour mon choix sur « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are about to vote FOR the resolution “%1”.</source>
        <translation>Vous allez voter POUR la résolution « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, vote for</source>
        <translation>Oui, voter pour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are about to vote AGAINST the resolution “%1”.</source>
        <translation>Vous allez voter CONTRE la résolution « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, vote against</source>
        <translation>Oui, voter contre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are about to ABSTAIN on the resolution “%1”.</source>
        <translation>Vous allez vous ABSTENIR sur la résolution « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, abstain</source>
        <translation>Oui, m&apos;abstenir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are about to vote for: %1 (vote “%2”).</source>
        <translation>Vous allez voter pour : %1 (vote « %2 »).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, confirm my vote</source>
        <translation>Oui, confirmer mon vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On behalf of %1: %2</source>
        <translation>Pour le compte de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <location filename="../../desktop/ui/votes_errors.py" line="+25"/>
        <source>This was not done: %1</source>
        <translation>Cela n&apos;a pas été fait : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync to see the latest state, or ask your secretariat.</source>
        <translation>Synchronisez pour voir la situation à jour, ou demandez à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ballot cannot be accepted: the choices are not valid.</source>
        <translation>Ce bulletin ne peut pas être accepté : les choix ne sont pas valables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check how many options you may choose, then try again.</source>
        <translation>Vérifiez combien d&apos;options vous pouvez choisir, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This needs a connection to the server, and you are offline.</source>
        <translation>Il faut pour cela être connecté au serveur, et vous êtes hors ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Try again when you are back online.</source>
        <translation>Rien n&apos;a été modifié. Réessayez une fois la connexion revenue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quorum — votes</source>
        <translation>Quorum — votes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/votes_words.py" line="+45"/>
        <source>Closes today at %1</source>
        <extracomment>Statuses of a ballot (the values of ``desktop.core.votes.VoteStatus``).</extracomment>
        <translation>Se termine aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes on %1 at %2</source>
        <translation>Se termine le %1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed on %1 at %2</source>
        <translation>Clos le %1 à %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>voting is closed</source>
        <translation>le vote est clos</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>closes in %n day(s)</source>
        <translation>
            <numerusform>se termine dans %n jour</numerusform>
            <numerusform>se termine dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>closes in %n hour(s)</source>
        <translation>
            <numerusform>se termine dans %n heure</numerusform>
            <numerusform>se termine dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>closes in %n minute(s)</source>
        <translation>
            <numerusform>se termine dans %n minute</numerusform>
            <numerusform>se termine dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closes in less than a minute</source>
        <translation>se termine dans moins d&apos;une minute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will be sent as soon as you are online.</source>
        <translation>Il sera envoyé dès que vous serez en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must reach the server before %1 on %2.</source>
        <translation>Il doit parvenir au serveur avant %1 le %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>To vote again: %1</source>
        <translation>À voter de nouveau : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To vote: you have not voted yet.</source>
        <translation>À voter : vous n&apos;avez pas encore voté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voted: your vote has been counted.</source>
        <translation>A voté : votre vote a été pris en compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last change was not counted: %1</source>
        <translation>Votre dernière modification n&apos;a pas été prise en compte : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to be sent.</source>
        <translation>En attente d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused it.</source>
        <translation>Le serveur l&apos;a refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted: %1</source>
        <translation>Non pris en compte : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You gave your proxy: the person you chose votes for you.</source>
        <translation>Vous avez donné votre pouvoir : la personne choisie vote pour vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not take part in this vote.</source>
        <translation>Vous ne participez pas à ce vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting is closed.</source>
        <translation>Le vote est clos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● To vote</source>
        <translation>● À voter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Voted</source>
        <translation>✓ A voté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not counted</source>
        <translation>✗ Non pris en compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy given</source>
        <translation>Pouvoir donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a voter</source>
        <translation>Non votant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this vote is not open.</source>
        <extracomment>Every refusal the server may give for a vote, a proxy or a motion action.</extracomment>
        <translation>ce vote n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vote had closed before your ballot reached the server.</source>
        <translation>le vote était clos avant que votre bulletin n&apos;arrive au serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text of the motion changed after you voted. Read the new text and vote again.</source>
        <translation>le texte de la résolution a changé après votre vote. Lisez le nouveau texte et votez de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you are not among the voters of this motion.</source>
        <translation>vous ne faites pas partie des votants de cette résolution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you had already voted, and this vote does not allow changing it.</source>
        <translation>vous aviez déjà voté, et ce vote ne permet pas de changer son choix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the choices on the ballot were not valid.</source>
        <translation>les choix du bulletin n&apos;étaient pas valables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your earlier receipt code was not recognised, so the vote was not changed.</source>
        <translation>votre code de reçu précédent n&apos;a pas été reconnu : le vote n&apos;a donc pas été changé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proxies are not allowed for this vote.</source>
        <translation>les pouvoirs ne sont pas autorisés pour ce vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this person already holds as many proxies as the rules allow.</source>
        <translation>cette personne détient déjà autant de pouvoirs que le permet le règlement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you gave your proxy for this vote: the person you chose votes for you.</source>
        <translation>vous avez donné votre pouvoir pour ce vote : la personne choisie vote pour vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a vote has already been cast with this proxy.</source>
        <translation>un vote a déjà été exprimé avec ce pouvoir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this person has not given you their proxy.</source>
        <translation>cette personne ne vous a pas donné son pouvoir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy has already been used, so it can no longer be withdrawn.</source>
        <translation>le pouvoir a déjà servi : il ne peut plus être retiré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this proxy is not possible (to yourself, overlapping another one, or with an end date before its start).</source>
        <translation>ce pouvoir n&apos;est pas possible (à vous-même, en chevauchement d&apos;un autre, ou avec une fin avant son début).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>once a vote is open, only its deadline and its voters can change.</source>
        <translation>une fois un vote ouvert, seuls son échéance et ses votants peuvent changer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused it.</source>
        <translation>le serveur l&apos;a refusé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a blank ballot</source>
        <translation>un bulletin blanc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice between options</source>
        <translation>Choix entre plusieurs options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · secret ballot</source>
        <translation>%1 · à bulletin secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · open ballot (named)</source>
        <translation>%1 · vote nominatif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one person.</source>
        <translation>Choisissez une personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one option.</source>
        <translation>Choisissez une option.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Choose exactly %n people.</source>
        <translation>
            <numerusform>Choisissez exactement %n personne.</numerusform>
            <numerusform>Choisissez exactement %n personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Choose exactly %n options.</source>
        <translation>
            <numerusform>Choisissez exactement %n option.</numerusform>
            <numerusform>Choisissez exactement %n options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Choose up to %n people.</source>
        <translation>
            <numerusform>Choisissez jusqu&apos;à %n personne.</numerusform>
            <numerusform>Choisissez jusqu&apos;à %n personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Choose up to %n options.</source>
        <translation>
            <numerusform>Choisissez jusqu&apos;à %n option.</numerusform>
            <numerusform>Choisissez jusqu&apos;à %n options.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose between %1 and %2 options.</source>
        <translation>Choisissez entre %1 et %2 options.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simple majority: more votes for than against (abstentions do not count).</source>
        <translation>Majorité simple : plus de voix pour que contre (les abstentions ne comptent pas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absolute majority: more than half of the members entitled to vote.</source>
        <translation>Majorité absolue : plus de la moitié des membres appelés à voter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qualified majority: at least %1 of the votes cast.</source>
        <translation>Majorité qualifiée : au moins %1 des suffrages exprimés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualified majority: at least %1 of the members entitled to vote.</source>
        <translation>Majorité qualifiée : au moins %1 des membres appelés à voter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relative majority: the most votes win.</source>
        <translation>Majorité relative : le plus de voix l&apos;emporte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>✓ Adopted</source>
        <translation>✓ Adopté</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>✗ Rejected</source>
        <translation>✗ Rejeté</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>✓ Decided</source>
        <translation>✓ Décidé</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>✗ No quorum</source>
        <translation>✗ Quorum non atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= Tie</source>
        <translation>= Égalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ No majority</source>
        <translation>✗ Aucune majorité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✗ Quorum not reached: no decision</source>
        <translation>✗ Quorum non atteint : pas de décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= Tie: no decision for the last seat</source>
        <translation>= Égalité : pas de décision pour le dernier siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ No option reached the majority required</source>
        <translation>✗ Aucune option n&apos;a atteint la majorité requise</translation>
    </message>
</context>
<context>
    <name>VotesView</name>
    <message>
        <location filename="../../desktop/ui/votes_view.py" line="+72"/>
        <source>Whole organisation</source>
        <extracomment>How often the countdowns are refreshed (milliseconds).</extracomment>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>Open votes</source>
        <translation>Votes en cours</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+34"/>
        <source>Closed votes</source>
        <translation>Votes clos</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+1"/>
        <source>Drafts (secretariat)</source>
        <translation>Brouillons (secrétariat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Proxies</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No vote is open at the moment.</source>
        <translation>Aucun vote n&apos;est en cours pour le moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give my &amp;proxy…</source>
        <translation>Donner mon &amp;pouvoir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw my proxy</source>
        <translation>&amp;Retirer mon pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New vote…</source>
        <translation>&amp;Nouveau vote…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new vote</source>
        <translation>Créer un nouveau vote</translation>
    </message>
</context>
</TS>
