-- Avatars: public read, each user writes under a folder named after their id: avatars/<uid>/<file>
create policy "Avatar images are publicly accessible"
  on storage.objects for select
  using (bucket_id = 'avatars');

create policy "Users upload their own avatar"
  on storage.objects for insert
  to authenticated
  with check (
    bucket_id = 'avatars'
    and (storage.foldername(name))[1] = (select auth.uid())::text
  );

create policy "Users update their own avatar"
  on storage.objects for update
  to authenticated
  using ((select auth.uid()) = owner and bucket_id = 'avatars')
  with check ((storage.foldername(name))[1] = (select auth.uid())::text);

create policy "Users delete their own avatar"
  on storage.objects for delete
  to authenticated
  using ((select auth.uid()) = owner and bucket_id = 'avatars');

-- Project files: project-files/<organization id>/<project id>/<file>, readable by organization members
create policy "Members read project files"
  on storage.objects for select
  to authenticated
  using (
    bucket_id = 'project-files'
    and public.is_org_member(((storage.foldername(name))[1])::uuid)
  );

create policy "Members upload project files"
  on storage.objects for insert
  to authenticated
  with check (
    bucket_id = 'project-files'
    and public.is_org_member(((storage.foldername(name))[1])::uuid)
  );
