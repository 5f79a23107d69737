import { CameraOutlined, FileImageOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Spin, Typography, Upload } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import type { PhotoKind, PhotoOwner } from '../../photos/photo';
import { useObservable } from '../../ui/useObservable';
import { describeFullFileError } from './fullFileError';
import { PhotoDeleteButton } from './PhotoDeleteButton';
import { pastedFileName } from './photoText';
import { PhotoTile } from './PhotoTile';
import { PhotoViewer } from './PhotoViewer';
import './photos.css';
import type { PhotoStoreView } from './photoStoreView';
import { useAddPhotos } from './useAddPhotos';
import { usePasteFiles } from './usePasteFiles';
import { usePhotoProgress, usePhotoStore } from './usePhotoStore';
import { usePhotoViewer } from './usePhotoViewer';
import { useThumbUrls } from './useThumbUrls';

/** What the pickers offer; the bytes decide in the end (process/checkInput), HEIC included so it is explained rather than hidden. */
const PICK_PHOTOS = 'image/*,.heic,.heif';
const PICK_SHEETS = 'image/*,.heic,.heif,application/pdf,.pdf';

/**
 * 照片与签到表 of one record: pick, drop or paste (Ctrl+V anywhere on the page) photos and scanned sign-in
 * sheets; thumbnails with their upload state; a click opens the viewer (a PDF is saved to open in a PDF
 * reader); each can be deleted with 撤销. A record not saved yet has no photos: it says to save first.
 */
export function PhotoStrip({ owner }: { owner: PhotoOwner | null }) {
  const { t } = useTranslation();
  const store = usePhotoStore();
  if (!store) return null;
  return (
    <Card size="small" title={t('photos.strip.title')} style={{ marginBottom: 16 }} data-testid="photo-strip">
      {owner ? <OwnedStrip owner={owner} store={store} /> : <Typography.Text type="secondary">{t('photos.strip.saveFirst')}</Typography.Text>}
    </Card>
  );
}

function OwnedStrip({ owner, store }: { owner: PhotoOwner; store: PhotoStoreView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { platform } = useServices();
  const progress = usePhotoProgress();
  const photos = useObservable(useMemo(() => store.forOwner$({ type: owner.type, id: owner.id }), [store, owner.type, owner.id]));
  const thumbUrls = useThumbUrls(photos);
  const pictures = useMemo(() => (photos ?? []).filter((photo) => photo.meta.mime !== 'application/pdf'), [photos]);
  const viewer = usePhotoViewer(store, pictures);
  const { add, working } = useAddPhotos(store, owner);

  const onPaste = useCallback(
    (files: File[]) => {
      const now = new Date();
      // The clipboard names every picture image.png: name it by the moment instead, so they can be told apart.
      void add(files.map((file) => (file.type.startsWith('image/') ? new File([file], pastedFileName(now), { type: file.type }) : file)));
    },
    [add],
  );
  usePasteFiles(onPaste, true);

  const picker = (kind: PhotoKind) => ({
    multiple: true,
    showUploadList: false,
    accept: kind === 'sheet' ? PICK_SHEETS : PICK_PHOTOS,
    // Nothing is sent anywhere from here: the files are taken whole, once per pick, and stored on this PC.
    beforeUpload: (file: File, fileList: File[]) => {
      if (file === fileList[0]) void add(fileList, kind);
      return Upload.LIST_IGNORE;
    },
  });

  const savePdf = async (id: string, fileName: string) => {
    try {
      const blob = await store.full(id);
      await platform.saveFile({ suggestedName: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }], data: new Uint8Array(await blob.arrayBuffer()) });
    } catch (error) {
      void message.warning(describeFullFileError(error, t));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Upload {...picker('photo')}>
          <Button icon={<CameraOutlined />} data-testid="photo-add">
            {t('photos.strip.addPhotos')}
          </Button>
        </Upload>
        <Upload {...picker('sheet')}>
          <Button icon={<FileImageOutlined />} data-testid="photo-add-sheet">
            {t('photos.strip.addSheets')}
          </Button>
        </Upload>
        {working > 0 ? (
          <span data-testid="photo-working">
            <Spin size="small" /> {t('photos.strip.working', { count: working })}
          </span>
        ) : null}
      </Flex>
      {photos === undefined ? (
        <Spin />
      ) : (
        <div className="photo-tiles" data-testid="photo-tiles">
          {photos.map((photo) => (
            <PhotoTile
              key={photo.meta.id}
              photo={photo}
              thumbUrl={thumbUrls.get(photo.meta.id)}
              progress={progress.get(photo.meta.id)}
              onOpen={() =>
                photo.meta.mime === 'application/pdf' ? void savePdf(photo.meta.id, photo.meta.fileName) : viewer.open(pictures.indexOf(photo))
              }
              deleteButton={<PhotoDeleteButton store={store} photo={photo} />}
            />
          ))}
        </div>
      )}
      <Upload.Dragger {...picker('photo')} openFileDialogOnClick={false} style={{ padding: 0 }} data-testid="photo-drop">
        <Typography.Text type="secondary">
          <InboxOutlined /> {photos?.length === 0 ? t('photos.strip.emptyHint') : t('photos.strip.dropHint')}
        </Typography.Text>
      </Upload.Dragger>
      <PhotoViewer pictures={pictures} thumbUrls={thumbUrls} viewer={viewer} />
    </Flex>
  );
}
